package com.partnerbot.charter;

/**
 * Who signs for one side: a Slack user (for the partner, often one of their workspace in a Slack Connect channel), or
 * for a partner outside Slack a name and an email, whose signature our owner records with its evidence.
 */
public record Signatory(String userId, String name, String email) {
    public static Signatory slackUser(String userId) {
        return new Signatory(userId, null, null);
    }

    public static Signatory outside(String name, String email) {
        return new Signatory(null, name, email);
    }

    public boolean inSlack() {
        return userId != null && !userId.isBlank();
    }
}
