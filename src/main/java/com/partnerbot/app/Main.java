package com.partnerbot.app;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookCli;
import com.partnerbot.slack.BackgroundWork;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Entry point. {@code java -jar partnerbot.jar} starts the bot from environment variables; a configuration mistake
 * (a variable, an invalid {@code PLAYBOOK_FILE}, a port in use, a token Slack refuses) ends it with exit code 2 and
 * plain lines saying what to fix. {@code java -jar partnerbot.jar playbook export|check FILE} runs the playbook
 * tools; {@code --help} prints the usage and every variable.
 */
public final class Main {
    static final int CONFIG_ERROR = 2;
    static final Set<String> HELP = Set.of("--help", "-h", "help");

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && HELP.contains(args[0])) {
            System.out.print(Usage.text());
            System.out.flush();
            return;
        }
        if (args.length > 0 && args[0].equals("playbook")) {
            System.exit(PlaybookCli.run(rest(args), System.out, System.err));
            return;
        }
        if (args.length > 0) {
            System.err.println("partnerbot: unknown command \"" + args[0] + "\". Run without arguments to start the"
                    + " bot, or: playbook export | playbook check FILE | --help");
            System.exit(CONFIG_ERROR);
            return;
        }
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
        } catch (ConfigException e) {
            System.err.println("partnerbot: " + e.getMessage());
            System.exit(CONFIG_ERROR);
            return;
        }
        // Logback reads LOG_LEVEL when the first logger is made; a system property comes before the environment,
        // so it gets the value Settings accepted ("warn " becomes WARN).
        System.setProperty("LOG_LEVEL", settings.logLevel());
        Optional<Playbook> playbook = PlaybookCli.startupPlaybook(System.getenv(), System.err);
        if (playbook.isEmpty()) {
            System.exit(CONFIG_ERROR);
            return;
        }
        Wiring wiring;
        try {
            wiring = Wiring.start(settings, playbook.get(), Clock.systemUTC(), BackgroundWork.pool(4));
        } catch (ConfigException e) {
            System.err.println("partnerbot: " + e.getMessage());
            System.exit(CONFIG_ERROR);
            return;
        }
        // SIGTERM and Ctrl-C stop the bot cleanly and end with exit code 0: requests under way finish, what is
        // unsent stays in the outbox. Any other exit still closes through the hook.
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        Runtime.getRuntime().addShutdownHook(new Thread(wiring::close));
        stop.await();
        wiring.close();
        System.exit(0);
    }

    static String[] rest(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
