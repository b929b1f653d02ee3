package com.partnerbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slack's file upload flow as the {@link SlackStub} answers it, in Slack's shapes: {@code files.getUploadURLExternal}
 * gives a file id and an upload URL (on the stub itself, like Slack's {@code https://files.slack.com/upload/v1/...});
 * a POST of the bytes there is kept and answered {@code 200 OK - <length>}, as Slack's file service answers; {@code
 * files.completeUploadExternal} shares the uploaded files and answers {@code {ok, files: [{id, title}]}}, or {@code
 * file_not_found} for an id it never gave or whose bytes never arrived, {@code invalid_arguments} for a {@code files}
 * argument that is not a JSON array of objects with an id.
 */
public final class StubFiles {
    /** What a file is in the stub: the name and length asked for, the bytes that arrived, and where it was shared. */
    public record UploadedFile(
            String id,
            String filename,
            long declaredLength,
            byte[] bytes,
            boolean completed,
            String title,
            String channel,
            String comment) {

        UploadedFile withBytes(byte[] uploaded) {
            return new UploadedFile(id, filename, declaredLength, uploaded, completed, title, channel, comment);
        }

        UploadedFile shared(String title, String channel, String comment) {
            return new UploadedFile(id, filename, declaredLength, bytes, true, title, channel, comment);
        }
    }

    /** An HTTP answer of the upload endpoint. */
    record UploadAnswer(int status, String body) {}

    private final SlackResponses responses;
    private final Supplier<String> nextId;
    private final Map<String, UploadedFile> files = new LinkedHashMap<>();
    private final Map<String, String> fileByTicket = new HashMap<>();
    private final List<Integer> uploadFailures = new ArrayList<>();

    StubFiles(SlackResponses responses, Supplier<String> nextId) {
        this.responses = responses;
        this.nextId = nextId;
    }

    synchronized ObjectNode uploadUrl(ObjectNode args, String uploadBase) {
        String filename = args.path("filename").asText("");
        long length;
        try {
            length = Long.parseLong(args.path("length").asText(""));
        } catch (NumberFormatException e) {
            return responses.error("invalid_arguments");
        }
        if (filename.isEmpty() || length < 0) {
            return responses.error("invalid_arguments");
        }
        String id = "F" + nextId.get();
        String ticket = "T" + nextId.get();
        files.put(id, new UploadedFile(id, filename, length, null, false, null, null, null));
        fileByTicket.put(ticket, id);
        return responses.ok().put("upload_url", uploadBase + ticket).put("file_id", id);
    }

    /** The next upload answers HTTP {@code status} and keeps nothing. */
    synchronized void failNextUpload(int status) {
        uploadFailures.add(status);
    }

    synchronized UploadAnswer upload(String ticket, byte[] bytes) {
        if (!uploadFailures.isEmpty()) {
            int status = uploadFailures.remove(0);
            return new UploadAnswer(status, status >= 500 ? "Internal Server Error" : "Error");
        }
        String id = fileByTicket.get(ticket);
        if (id == null) {
            return new UploadAnswer(404, "Not Found");
        }
        files.put(id, files.get(id).withBytes(bytes));
        return new UploadAnswer(200, "OK - " + bytes.length);
    }

    /** The ids in a {@code files} argument, or empty when it is not a JSON array of objects with an id. */
    Optional<List<JsonNode>> items(JsonNode filesArg) {
        if (filesArg == null || !filesArg.isArray() || filesArg.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : (ArrayNode) filesArg) {
            if (!item.isObject() || item.path("id").asText("").isEmpty()) {
                return Optional.empty();
            }
            items.add(item);
        }
        return Optional.of(items);
    }

    /** Shares uploaded files in {@code channel} (null: kept private); the error when one was never uploaded. */
    synchronized ObjectNode complete(List<JsonNode> items, String channel, String comment) {
        for (JsonNode item : items) {
            UploadedFile file = files.get(item.path("id").asText());
            if (file == null || file.bytes() == null) {
                return responses.error("file_not_found");
            }
        }
        ObjectNode reply = responses.ok();
        ArrayNode shared = reply.putArray("files");
        for (JsonNode item : items) {
            UploadedFile file = files.get(item.path("id").asText());
            String title = item.path("title").asText(file.filename());
            files.put(file.id(), file.shared(title, channel, comment));
            shared.addObject().put("id", file.id()).put("title", title);
        }
        return reply;
    }

    synchronized List<UploadedFile> all() {
        return List.copyOf(files.values());
    }
}
