package com.partnerbot.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows as CSV (RFC 4180 through Commons CSV: a header line, fields with commas, quotes or line breaks quoted), safe to
 * open in a spreadsheet: a text cell starting with a character that makes a spreadsheet read it as a formula ({@code
 * =}, {@code +}, {@code -}, {@code @}, tab, carriage return) gets a leading apostrophe, so a partner named {@code
 * =HYPERLINK(...)} shows as text and runs nothing (OWASP's advice against CSV injection). The file starts with a
 * UTF-8 byte order mark, which is how Excel knows to read names with accents as UTF-8.
 */
final class CsvRows implements ExportFormat.RowWriter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final BufferedWriter writer;
    private final CSVPrinter printer;

    CsvRows(OutputStream out, List<String> names) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(names.toArray(String[]::new))
                        .get());
    }

    @Override
    public void write(List<Object> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /** A value as a cell: nothing for null, numbers as they are, text guarded against being read as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
