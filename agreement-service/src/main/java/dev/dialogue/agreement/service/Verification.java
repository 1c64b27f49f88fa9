package dev.dialogue.agreement.service;

import java.util.List;

/**
 * The audit chain recomputed: valid, or the first entry that is not what it claims ({@code
 * brokenAt}, {@code problem}); and any stored document whose bytes no longer match its recorded hash.
 */
public record Verification(boolean valid, int entries, String head, Integer brokenAt, String problem,
        List<String> documentProblems) {
}
