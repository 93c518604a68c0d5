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
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * On the first start of an installation (no organization events yet), loads the organization file through the same
 * commands an administrator uses, so the first units, people and roles have a history like any later change. Runs
 * before anything else that needs people (the demo data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OrganizationBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(OrganizationBootstrap.class);
    static final String BUILT_IN_DEMO = "classpath:io/jixiao/platform/organization/demo-organization.yml";

    private final CommandGateway commands;
    private final EventSourcedOrganizationDirectory directory;
    private final Resource file;
    private final boolean demo;

    public OrganizationBootstrap(CommandGateway commands, EventSourcedOrganizationDirectory directory,
                                 @Value("${jixiao.organization-file:" + BUILT_IN_DEMO + "}") Resource file,
                                 @Value("${jixiao.demo:true}") boolean demo) {
        this.commands = commands;
        this.directory = directory;
        this.file = file;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        directory.catchUp();
        if (directory.version() > 0) {
            return;
        }
        if (!demo && file.getDescription().contains("demo-organization.yml")) {
            log.warn("Loading the DEMO organization (demo users, public demo password) into an installation started "
                    + "with jixiao.demo=false: set jixiao.organization-file to your own file before going live.");
        }
        List<Object> bootstrap;
        try (InputStream in = file.getInputStream()) {
            bootstrap = OrganizationFile.read(in).commands(
                    Actor.system("组织文件导入 / organization file"),
                    "从组织文件 " + file.getFilename() + " 导入 / loaded from the organization file");
        }
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
            log.info("Another instance is loading the organization file; this one uses what it stored");
            return;
        }
        directory.catchUp();
        log.info("Organization loaded from {}: {} units and people", file.getDescription(), bootstrap.size());
    }
}
