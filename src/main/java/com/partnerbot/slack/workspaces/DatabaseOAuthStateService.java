package com.partnerbot.slack.workspaces;

import com.partnerbot.workspaces.OAuthStates;
import com.slack.api.bolt.service.OAuthStateService;

/**
 * Bolt's OAuth state check on our database. Bolt sets the state in a cookie of the browser that opened the install
 * page and, when Slack sends that browser back, asks that the query's state equal the cookie's and that the store
 * know it; the store's answer here also uses the state up ({@link OAuthStates#use}), so a state works once even when
 * two callbacks race, and a replayed one is refused.
 */
public final class DatabaseOAuthStateService implements OAuthStateService {
    private final OAuthStates states;

    public DatabaseOAuthStateService(OAuthStates states) {
        this.states = states;
    }

    /** A signed state, stored as it is made. */
    @Override
    public String generateNewStateValue() {
        return states.issue();
    }

    @Override
    public long getExpirationInSeconds() {
        return OAuthStates.LIFETIME.toSeconds();
    }

    /** Already stored by {@link #generateNewStateValue()}. */
    @Override
    public void addNewStateToDatastore(String state) {}

    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.use(state);
    }

    /** Already used up by {@link #isAvailableInDatabase}. */
    @Override
    public void deleteStateFromDatastore(String state) {}
}
