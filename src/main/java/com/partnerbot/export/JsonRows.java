package com.partnerbot.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Rows as one JSON array of objects, one object a partnership, keyed by the column names: text as strings, counts and
 * versions as numbers, null where there is nothing to say. Written by Jackson's streaming generator, a row at a time.
 */
final class JsonRows implements ExportFormat.RowWriter {
    // The stream belongs to the caller; the array is closed by finish() alone, so output cut short stays invalid.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private final JsonGenerator json;
    private final List<String> names;

    JsonRows(OutputStream out, List<String> names) throws IOException {
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.names = List.copyOf(names);
        json.writeStartArray();
    }

    @Override
    public void write(List<Object> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < names.size(); i++) {
            json.writeFieldName(names.get(i));
            Object value = values.get(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.close();
    }
}
