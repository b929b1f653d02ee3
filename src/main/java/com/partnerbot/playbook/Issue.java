package com.partnerbot.playbook;

/** A validation finding before it is placed in a file: the field's path in YAML names and what is wrong. */
record Issue(String path, String message) {}
