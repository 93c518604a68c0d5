package io.jixiao.command.organization;

import io.jixiao.kernel.organization.Actor;
import io.jixiao.platform.organization.EventSourcedOrganizationDirectory;
import io.jixiao.platform.organization.OrganizationFile;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * On the first start of an installation (no organization events yet), creates its organization through the same
 * commands an administrator uses, so the first units, people and roles have a history like any later change:
 * <ul>
 *     <li>{@code jixiao.organization-file} set: that file;</li>
 *     <li>else with {@code jixiao.demo=true}: the demo organization (its people share a published password);</li>
 *     <li>else: only a {@link FirstAdministrator}, who must change the password at the first sign-in. A production
 *     start never gets the demo people.</li>
 * </ul>
 * Runs before anything else that needs people (the demo data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OrganizationBootstrap implements ApplicationRunner {
    /** The built-in demo organization, for {@code jixiao.organization-file} in tests that want its people only. */
    public static final String DEMO_ORGANIZATION_FILE =
            "classpath:io/jixiao/platform/organization/demo-organization.yml";
    private static final Logger log = LoggerFactory.getLogger(OrganizationBootstrap.class);
    private static final Actor INSTALLATION = Actor.system("组织文件导入 / organization file");
    /** classpath:, file:, https: ... (two letters at least, so a Windows drive letter is a path). */
    private static final Pattern URL_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    private final CommandGateway commands;
    private final EventSourcedOrganizationDirectory directory;
    private final ResourceLoader resources;
    private final PasswordEncoder passwords;
    private final String file;
    private final boolean demo;
    private final FirstAdministrator firstAdministrator;
    private final Path dataDir;

    public OrganizationBootstrap(CommandGateway commands, EventSourcedOrganizationDirectory directory,
                                 ResourceLoader resources, PasswordEncoder passwords,
                                 @Value("${jixiao.organization-file:}") String file,
                                 @Value("${jixiao.demo:true}") boolean demo,
                                 @Value("${jixiao.first-admin.user:admin}") String adminId,
                                 @Value("${jixiao.first-admin.name:系统管理员}") String adminName,
                                 @Value("${jixiao.first-admin.unit-id:FIN}") String unitId,
                                 @Value("${jixiao.first-admin.unit-name:财政局}") String unitName,
                                 @Value("${jixiao.first-admin.password:}") String adminPassword,
                                 @Value("${jixiao.data-dir:./data}") Path dataDir) {
        this.commands = commands;
        this.directory = directory;
        this.resources = resources;
        this.passwords = passwords;
        this.file = file.strip();
        this.demo = demo;
        this.firstAdministrator = new FirstAdministrator(adminId.strip(), adminName.strip(), unitId.strip(),
                unitName.strip(), adminPassword);
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        directory.catchUp();
        if (directory.version() > 0) {
            if (firstAdministrator.passwordGiven()) {
                log.info("jixiao.first-admin.password is ignored: this installation has its organization already");
            }
            return;
        }
        if (!file.isEmpty()) {
            loadFile(organizationFile());
        } else if (demo) {
            loadFile(resources.getResource(DEMO_ORGANIZATION_FILE));
        } else {
            createFirstAdministrator();
        }
    }

    /** A path as an operator writes it ({@code /etc/jixiao/organization.yml}), or a {@code classpath:}/URL location. */
    private Resource organizationFile() {
        return URL_PREFIX.matcher(file).lookingAt() ? resources.getResource(file) : new FileSystemResource(file);
    }

    private void loadFile(Resource organization) throws IOException {
        if (!demo && organization.getDescription().contains("demo-organization.yml")) {
            log.warn("Loading the DEMO organization (demo users, public demo password) into an installation started "
                    + "with jixiao.demo=false, as jixiao.organization-file says: do not go live with it.");
        }
        List<Object> bootstrap;
        try (InputStream in = organization.getInputStream()) {
            bootstrap = OrganizationFile.read(in).commands(INSTALLATION,
                    "从组织文件 " + organization.getFilename() + " 导入 / loaded from the organization file");
        }
        if (store(bootstrap)) {
            log.info("Organization loaded from {}: {} units and people", organization.getDescription(),
                    bootstrap.size());
        }
    }

    private void createFirstAdministrator() {
        FirstAdministrator admin = firstAdministrator;
        String password = admin.initialPassword();
        List<Object> bootstrap = admin.commands(passwords.encode(password), INSTALLATION,
                "首次启动：仅创建首位管理员 / first start: the first administrator only");
        if (!store(bootstrap)) {
            return;
        }
        if (admin.passwordGiven()) {
            log.info("No organization file and no demo: created the finance bureau {} ({}) and its administrator '{}'"
                            + " with the password given in jixiao.first-admin.password; it must be changed at the"
                            + " first sign-in.", admin.unitId(), admin.unitName(), admin.personId());
        } else {
            Path secret = admin.writeSecret(dataDir, password);
            log.info("No organization file and no demo: created the finance bureau {} ({}) and its administrator '{}'."
                            + " One-time password (also in {}, readable by this account only; it must be changed at"
                            + " the first sign-in): {}", admin.unitId(), admin.unitName(), admin.personId(),
                    secret.toAbsolutePath(), password);
        }
    }

    /** True when this instance stored the commands; false when another instance stored the organization first. */
    private boolean store(List<Object> bootstrap) {
        int stored = 0;
        try {
            for (Object command : bootstrap) {
                commands.sendAndWait(command);
                stored++;
            }
        } catch (RuntimeException e) {
            directory.catchUp();
            if (directory.version() <= stored) {
                throw e;
            }
            log.info("Another instance is creating the organization; this one uses what it stored");
            return false;
        }
        directory.catchUp();
        return true;
    }
}
