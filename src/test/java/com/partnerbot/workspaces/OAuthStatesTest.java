package com.partnerbot.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** OAuth states on SQLite and PostgreSQL: signed, used once, within their lifetime. */
@OnEachDatabase
class OAuthStatesTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String SECRET = "state-secret-state-secret-state-secret-0123";

    @TempDir
    Path dir;

    private Database db;
    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private OAuthStates states;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        states = new OAuthStates(db.jdbi(), SECRET, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStateWorksOnce() {
        String state = states.issue();

        assertThat(state).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(states.use(state)).isTrue();
        assertThat(states.use(state)).isFalse();
        assertThat(storedStates()).isZero();
    }

    @Test
    void aStateLastsTenMinutes() {
        String early = states.issue();
        String late = states.issue();
        assertThat(early).isNotEqualTo(late);

        clock.advance(OAuthStates.LIFETIME.minusMillis(1));
        assertThat(states.use(early)).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(states.use(late)).isFalse();
    }

    @Test
    void aStateNotSignedHereIsRefusedBeforeTheDatabaseIsAsked() {
        String state = states.issue();
        String id = state.substring(0, state.indexOf('.'));

        assertThat(states.use(id + ".AAAA")).isFalse();
        assertThat(states.use(id + "." + state.substring(state.indexOf('.') + 1) + ".more"))
                .isFalse();
        // Another secret signs differently.
        assertThat(new OAuthStates(db.jdbi(), SECRET + "x", clock).use(state)).isFalse();
        assertThat(storedStates()).isEqualTo(1);
        assertThat(states.use(state)).isTrue();
    }

    @Test
    void nonsenseIsNoState() {
        assertThat(states.use(null)).isFalse();
        assertThat(states.use("")).isFalse();
        assertThat(states.use(".")).isFalse();
        assertThat(states.use("nodots")).isFalse();
        assertThatThrownBy(() -> new OAuthStates(db.jdbi(), " ", clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiredStatesAreForgottenWhenTheNextIsIssued() {
        states.issue();
        states.issue();
        clock.advance(OAuthStates.LIFETIME);

        states.issue();

        assertThat(storedStates()).isEqualTo(1);
    }

    private int storedStates() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM oauth_state")
                .mapTo(Integer.class)
                .one());
    }
}
