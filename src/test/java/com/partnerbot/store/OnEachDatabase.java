package com.partnerbot.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of a class once per kind of database ({@link TestDatabases#kinds()}: SQLite and PostgreSQL). The
 * class takes the kind in a field, {@code @Parameter TestDatabases.Kind kind;}, and opens its database with {@code
 * TestDatabases.open(kind, folder)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@MethodSource("com.partnerbot.store.TestDatabases#kinds")
public @interface OnEachDatabase {}
