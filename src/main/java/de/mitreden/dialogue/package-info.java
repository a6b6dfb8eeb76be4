/**
 * The dialogue: a pure conversation engine and the loader of the dialogue files in {@code bot/}.
 * <p>
 * {@link de.mitreden.dialogue.DialogueEngine#handle} turns (state, input) into (new state, replies,
 * answer changes) without touching storage, Telegram or HTTP, so every transport runs the same
 * conversation and every rule is unit-tested. {@link de.mitreden.dialogue.DialogueCatalog#load} reads
 * and checks the files; an invalid file stops start-up with file, line and problem. Every text a
 * citizen reads comes from the files, never from Java.
 */
package de.mitreden.dialogue;
