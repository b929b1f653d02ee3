package com.partnerbot.charter;

import java.util.List;

/** What an action changed, for the messages that report it. */
public sealed interface CharterChange {

    /** A version was written; {@code signaturesCleared} when the version before it had been signed. */
    record Written(int version, boolean signaturesCleared) implements CharterChange {}

    record Signed(Signature signature) implements CharterChange {}

    record Ticked(List<Tick> ticks) implements CharterChange {}

    /** A signatory who had not signed yet left the workspace (their account was deactivated). */
    record SignatoryLeft(Signature.Side side, String userId) implements CharterChange {}
}
