package com.partnerbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call the app made to the Slack stub: the Web API method (or {@code "response_url"}), its arguments as
 * JSON (form fields become strings, {@code view}/{@code blocks}/{@code attachments} become JSON values) and the
 * token that authenticated it ({@code null} when none was sent).
 */
public record RecordedCall(String method, ObjectNode args, String token) {

    /** The text value of an argument, or {@code null} when absent. */
    public String arg(String name) {
        JsonNode value = args.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
