package com.partnerbot.frameworks;

/** An anti-pattern found in a partnership's data, with the reason in plain words. */
public record Warning(String id, String title, String reason) {}
