package dev.opsuite.console.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who signed in for this request, set by {@link SignInGate}. Templates read it as {@code inject:console} (the header,
 * the menu); the REST clients take the token from it ({@link BearerHeaders}).
 */
@Named("console")
@RequestScoped
public class SignedIn {

    private Session session;
    private String here = "";

    void set(Session session) {
        this.session = session;
    }

    void at(String path) {
        this.here = path;
    }

    /** The path of this request, for aria-current in the menu. */
    public String here() {
        return here;
    }

    public Optional<Session> current() {
        return Optional.ofNullable(session);
    }

    /** The signed-in user; only called behind the gate, where there is one. */
    public Session session() {
        if (session == null) {
            throw new IllegalStateException("no one is signed in on this request");
        }
        return session;
    }

    public boolean signedIn() {
        return session != null;
    }

    public List<Menu.Entry> menu() {
        return session == null ? List.of() : Menu.forRole(session.role());
    }
}
