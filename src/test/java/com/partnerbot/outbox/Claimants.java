package com.partnerbot.outbox;

/** Claimant names for tests outside this package. */
public final class Claimants {
    private Claimants() {}

    /** Another process that looks like this one: the same host name and process id, another start token. */
    public static String sameHostAndProcessId(String token) {
        Claimant me = Claimant.thisProcess();
        return new Claimant(me.host(), me.pid(), token).id();
    }
}
