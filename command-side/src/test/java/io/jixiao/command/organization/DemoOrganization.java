package io.jixiao.command.organization;

import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.organization.OrganizationFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The demo organization file the embedded default ships, for tests. */
public final class DemoOrganization {
    private DemoOrganization() {
    }

    public static OrganizationDirectory directory() {
        try (InputStream in = OrganizationFile.class.getResourceAsStream("demo-organization.yml")) {
            return OrganizationFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
