package com.partnerbot.app;

/** Entry point: {@code java -jar partnerbot.jar} starts the bot; {@code playbook ...} runs the playbook tools. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {}
}
