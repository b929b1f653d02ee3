package com.partnerbot.slack.export;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends a file to a person's direct messages with the bot, with Slack's upload flow: {@code conversations.open} for
 * the DM, {@code files.getUploadURLExternal} for an upload URL and file id, the file's bytes posted to that URL
 * (streamed from disk, never read whole into memory), then {@code files.completeUploadExternal} to share it in the
 * DM with a comment. The SDK's own {@code filesUploadV2} reads the whole file into memory first; this does not.
 */
final class DirectUpload {
    /** How long the bytes may take to reach Slack: far more than ten thousand partnerships need. */
    static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);

    /** Each step of the flow, by what Slack calls it, so a failure names the step that failed. */
    enum Step {
        OPEN_DM("conversations.open"),
        UPLOAD_URL("files.getUploadURLExternal"),
        UPLOAD("the upload of the file"),
        COMPLETE("files.completeUploadExternal");

        private final String call;

        Step(String call) {
            this.call = call;
        }

        String call() {
            return call;
        }
    }

    /**
     * A step that failed and why: Slack's error code, {@code http_NNN} for an HTTP status other than 200, or {@code
     * network_error} when Slack could not be reached.
     */
    static final class Failure extends Exception {
        private final Step step;
        private final String error;

        Failure(Step step, String error, Throwable cause) {
            super(step.call() + ": " + error, cause);
            this.step = step;
            this.error = error;
        }

        Step step() {
            return step;
        }

        String error() {
            return error;
        }
    }

    /** What to send: the file on disk, its name and type, its title, and the comment it is shared with. */
    record Upload(Path file, String filename, String mediaType, String title, String comment) {}

    private DirectUpload() {}

    /** Shares {@code upload} in {@code userId}'s DM with the bot; returns Slack's id of the shared file. */
    static String send(MethodsClient client, String userId, Upload upload) throws Failure {
        var dm = call(Step.OPEN_DM, () -> client.conversationsOpen(r -> r.users(List.of(userId))));
        String channelId = dm.getChannel().getId();
        long length = size(upload.file());
        var url = call(
                Step.UPLOAD_URL,
                () -> client.filesGetUploadURLExternal(
                        r -> r.filename(upload.filename()).length(Math.toIntExact(length))));
        post(client, url.getUploadUrl(), upload);
        var done = call(
                Step.COMPLETE,
                () -> client.filesCompleteUploadExternal(r -> r.files(List.of(FileDetails.builder()
                                .id(url.getFileId())
                                .title(upload.title())
                                .build()))
                        .channelId(channelId)
                        .initialComment(upload.comment())));
        return done.getFiles() == null || done.getFiles().isEmpty()
                ? url.getFileId()
                : done.getFiles().get(0).getId();
    }

    /** The bytes, streamed from the file to the upload URL; Slack answers 200 when it has them all. */
    private static void post(MethodsClient client, String uploadUrl, Upload upload) throws Failure {
        OkHttpClient http = client.getSlackHttpClient()
                .getOkHttpClient()
                .newBuilder()
                .callTimeout(UPLOAD_TIMEOUT)
                .build();
        Request request = new Request.Builder()
                .url(uploadUrl)
                .post(RequestBody.create(upload.file().toFile(), MediaType.get(upload.mediaType())))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new Failure(Step.UPLOAD, "http_" + response.code(), null);
            }
        } catch (IOException e) {
            throw new Failure(Step.UPLOAD, "network_error", e);
        }
    }

    private interface SlackCall<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> T call(Step step, SlackCall<T> call) throws Failure {
        T response;
        try {
            response = call.call();
        } catch (SlackApiException e) {
            throw new Failure(step, "http_" + e.getResponse().code(), e);
        } catch (IOException e) {
            throw new Failure(step, "network_error", e);
        }
        if (!response.isOk()) {
            throw new Failure(step, response.getError() == null ? "unknown_error" : response.getError(), null);
        }
        return response;
    }

    private static long size(Path file) throws Failure {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new Failure(Step.UPLOAD, "unreadable_file", e);
        }
    }
}
