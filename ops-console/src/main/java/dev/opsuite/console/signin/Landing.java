package dev.opsuite.console.signin;

/**
 * Where a role lands after signing in: its "first action" (seed 002). The spike has one screen, the transfer notes;
 * the other roles' screens are in the findings' proposal.
 */
final class Landing {

    private Landing() {
    }

    static String of(String role) {
        return "/transfer-notes";
    }
}
