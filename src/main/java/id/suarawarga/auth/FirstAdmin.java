package id.suarawarga.auth;

import id.suarawarga.common.config.SuaraConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Creates the first national admin from configuration ({@code SUARA_SECURITY_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code _PASSWORD}) when no account of that name exists. It never changes an existing account, so the variables can
 * stay set (or be removed) after the first start.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final SuaraConfig config;
    private final StaffUserService staff;

    FirstAdmin(SuaraConfig config, StaffUserService staff) {
        this.config = config;
        this.staff = staff;
    }

    void onStart(@Observes StartupEvent event) {
        ensure();
    }

    /** Creates the configured first admin if missing; returns whether one was created. */
    public boolean ensure() {
        SuaraConfig.Security security = config.security();
        if (security.bootstrapAdminUsername().isEmpty()) {
            return false;
        }
        String username =
                SignInService.normalise(security.bootstrapAdminUsername().get());
        String password = security.bootstrapAdminPassword()
                .orElseThrow(
                        () -> new IllegalStateException(
                                "suara.security.bootstrap-admin-password (SUARA_SECURITY_BOOTSTRAP_ADMIN_PASSWORD) must be set with the user name"));
        if (password.length() < PasswordHasher.MIN_LENGTH) {
            throw new IllegalStateException(
                    "the first admin's password must have at least " + PasswordHasher.MIN_LENGTH + " characters");
        }
        boolean created = staff.ensure(username, "Admin nasional", StaffRole.ADMIN, null, Set.of(), password, false);
        if (created) {
            LOG.infof("Created the first national admin '%s' from configuration", username);
        }
        return created;
    }
}
