package io.jixiao.command.organization;

import java.util.List;

/** The bodies of the organization endpoints (README "Organization"). Enums arrive as text to refuse them clearly. */
final class OrganizationRequests {
    private OrganizationRequests() {
    }

    record RegisterUnit(String unitId, String name, String kind, String parentId, String reason) {
    }

    record RenameUnit(String name, String reason) {
    }

    record MoveUnit(String parentId, String reason) {
    }

    record AddPerson(String personId, String name, String unitId, List<String> roles, String password,
                     String reason) {
    }

    record ChangeRole(String role, String reason) {
    }

    record Reason(String reason) {
    }

    record NewPassword(String password, String reason) {
    }
}
