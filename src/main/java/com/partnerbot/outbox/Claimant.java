package com.partnerbot.outbox;

import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a claim: this host, this process id, and a token drawn at start ({@code host/pid/token}). A process can
 * tell from a claimant whether it outlived it: same host, and that process is no longer running, or has this
 * process's id but another token (a restarted container reuses its process ids).
 */
record Claimant(String host, long pid, String token) {
    /** With a process id of up to 19 digits and the token, an id stays within the 64 characters of {@code claimed_by}. */
    static final int HOST_CHARS = 34;

    static Claimant thisProcess() {
        return new Claimant(
                hostName(),
                ProcessHandle.current().pid(),
                UUID.randomUUID().toString().substring(0, 8));
    }

    String id() {
        return host + "/" + pid + "/" + token;
    }

    static Optional<Claimant> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int last = id.lastIndexOf('/');
        int middle = last < 0 ? -1 : id.lastIndexOf('/', last - 1);
        if (middle <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claimant(
                    id.substring(0, middle), Long.parseLong(id.substring(middle + 1, last)), id.substring(last + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when {@code otherId} names a process of this host that is gone. */
    boolean outlived(String otherId) {
        Optional<Claimant> other = parse(otherId);
        if (other.isEmpty() || !other.get().host().equals(host) || other.get().equals(this)) {
            return false;
        }
        if (other.get().pid() == pid) {
            return true;
        }
        return ProcessHandle.of(other.get().pid()).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * At most {@link #HOST_CHARS} characters of the host name, the last ones (a container's or pod's unique part is at
     * the end), so that a claimant fits the {@code claimed_by} column on PostgreSQL, which enforces its length.
     */
    static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        String host;
        if (fromEnv != null && !fromEnv.isBlank()) {
            host = fromEnv;
        } else {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "localhost";
            }
        }
        return lastChars(host.replace('/', '_'));
    }

    static String lastChars(String host) {
        return host.length() <= HOST_CHARS ? host : host.substring(host.length() - HOST_CHARS);
    }
}
