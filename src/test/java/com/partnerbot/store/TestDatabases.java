package com.partnerbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real SQLite files with the production migrations, one per test, in a temporary folder. */
public final class TestDatabases {
    private TestDatabases() {}

    public static String url(Path folder) {
        return "jdbc:sqlite:" + folder.resolve("partnerbot-test.db");
    }

    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Database.open(url(folder));
    }
}
