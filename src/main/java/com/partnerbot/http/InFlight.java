package com.partnerbot.http;

import java.time.Duration;

/**
 * Requests being handled, and whether new ones are still taken. At shutdown {@link #close(Duration)} refuses what
 * arrives from then on and waits for those under way to finish, so none is cut off half done.
 */
public final class InFlight {
    private int running;
    private boolean closing;

    /** Enters a request; false when closing, and the request must be refused. */
    public synchronized boolean enter() {
        if (closing) {
            return false;
        }
        running++;
        return true;
    }

    public synchronized void exit() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }

    public synchronized boolean closing() {
        return closing;
    }

    /** Refuses what arrives from now on; those under way go on. */
    public synchronized void refuse() {
        closing = true;
    }

    /** Refuses new requests and waits up to {@code max} for the running ones; false if some were still running. */
    public synchronized boolean close(Duration max) {
        closing = true;
        long deadline = System.nanoTime() + max.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
