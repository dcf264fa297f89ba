package dev.opsuite.support.tenancy;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for which tenant (business / organization). The tenant comes from the token's
 * {@value #TENANT_CLAIM} claim and scopes every row a request reads or writes; a record of another
 * tenant is simply not found.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public String tenantId() {
        String tenant = token.getClaim(TENANT_CLAIM);
        if (tenant == null || tenant.isBlank()) {
            throw new ForbiddenException("the token carries no " + TENANT_CLAIM + " claim");
        }
        return tenant;
    }

    /** The user id recorded as created-by / updated-by. */
    public String userId() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }

    public Actor actor() {
        return new Actor(tenantId(), userId());
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }
}
