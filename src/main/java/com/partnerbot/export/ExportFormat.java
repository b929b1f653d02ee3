package com.partnerbot.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats an export is written in; CSV unless the person asks for another. */
public enum ExportFormat {
    CSV("text/csv") {
        @Override
        RowWriter open(OutputStream out, List<String> names) throws IOException {
            return new CsvRows(out, names);
        }
    },
    JSON("application/json") {
        @Override
        RowWriter open(OutputStream out, List<String> names) throws IOException {
            return new JsonRows(out, names);
        }
    };

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The word a person types and the file's extension: {@code csv}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named by {@code word}, whatever its case; empty for one we do not write. */
    public static Optional<ExportFormat> of(String word) {
        return Arrays.stream(values())
                .filter(f -> f.id().equals(word.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Every format's word, for telling a person what they may ask for: {@code csv, json}. */
    public static String ids() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    /** Starts writing to {@code out}: the header, if the format has one. */
    abstract RowWriter open(OutputStream out, List<String> names) throws IOException;

    /** Rows one at a time, then {@link #finish()}; the stream stays open for its owner to close. */
    interface RowWriter {
        void write(List<Object> values) throws IOException;

        void finish() throws IOException;
    }
}
