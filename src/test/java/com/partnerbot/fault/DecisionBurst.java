package com.partnerbot.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerbot.testing.BotProcess;
import com.partnerbot.testing.Payloads;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A burst of build-or-partner decisions submitted to a running bot, each from its own channel, so that the posts
 * can be counted per acknowledged action: a decision acknowledged for channel X owes exactly one post in X.
 */
final class DecisionBurst {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionBurst() {}

    /** The signed view submission of one decision, posted back to {@code channel}. */
    static String submission(String channel, int serial) {
        String json = Payloads.buildOrPartnerDecision(channel).json();
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(json);
            payload.put("trigger_id", serial + ".42.burst");
            return payload.toString();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Submits one decision per channel, {@code threads} at a time; {@code acknowledged} counts down as answers come
     * (a test can kill the bot when it reaches a point). Returns the channels whose submission was acknowledged
     * (HTTP 200); one cut off by a kill is not.
     */
    static Set<String> submit(BotProcess bot, List<String> channels, int threads, CountDownLatch acknowledged)
            throws InterruptedException {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            int serial = i;
            pool.execute(() -> {
                try {
                    var response = bot.signed().postInteraction(bot.events(), submission(channel, serial));
                    if (response.statusCode() == 200) {
                        acked.add(channel);
                        acknowledged.countDown();
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Cut off: not acknowledged.
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return acked;
    }
}
