package com.partnerbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an exported CSV back: after its byte order mark, one map a row, keyed by the header. */
public final class ExportFiles {
    private ExportFiles() {}

    public static List<Map<String, String>> csvRows(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        List<Map<String, String>> rows = new ArrayList<>();
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        for (CSVRecord record : format.parse(new StringReader(text.substring(1)))) {
            rows.add(record.toMap());
        }
        return rows;
    }
}
