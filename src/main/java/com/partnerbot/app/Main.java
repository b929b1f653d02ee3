package com.partnerbot.app;

import com.partnerbot.slack.BackgroundWork;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point. {@code java -jar partnerbot.jar} starts the bot from environment variables; a configuration mistake
 * ends it with exit code 2 and one line saying what to fix.
 */
public final class Main {
    static final int CONFIG_ERROR = 2;

    private Main() {}

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
        } catch (ConfigException e) {
            System.err.println("partnerbot: " + e.getMessage());
            System.exit(CONFIG_ERROR);
            return;
        }
        Wiring wiring = Wiring.start(settings, Clock.systemUTC(), BackgroundWork.pool(4));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wiring.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    static String[] rest(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
