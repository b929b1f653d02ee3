package com.partnerbot.frameworks;

/** One question answered on the way through a tree, with the plain words that explain the answer. */
public record PathStep(String nodeId, String question, String answer, String summary) {}
