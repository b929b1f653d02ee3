package com.partnerbot.playbook;

/** One side of the value proposition: {@code us}, {@code partner} or {@code customers} in the default playbook. */
public record ValueSide(String id, String label, String question) {}
