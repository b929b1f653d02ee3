package com.partnerbot.app;

/** A configuration mistake a person can fix: its message is one plain line, shown without a stack trace. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
