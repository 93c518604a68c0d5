package io.jixiao.command.organization;

import io.jixiao.kernel.organization.Organization;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;

@Configuration
public class OrganizationConfiguration {

    @Bean
    OrganizationDirectory organizationDirectory(
            @Value("${jixiao.organization-file:classpath:io/jixiao/command/organization/demo-organization.yml}")
            Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return OrganizationFile.read(in);
        }
    }

    /** The organization as a value, for code that only reads it (both sides). */
    @Bean
    Organization organization(OrganizationDirectory directory) {
        return directory.current();
    }
}
