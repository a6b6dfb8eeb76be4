package de.mitreden.dialogue;

/** An answer button: {@code label} is shown, {@code data} comes back as {@link Input.Press} (at most 64 bytes). */
public record Button(String label, String data) {
}
