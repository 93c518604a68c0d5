package io.jixiao.command.imports;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Unit;

import java.util.List;

/**
 * Finds the units a file names: by id when the file carries one the organization knows, else by exact name among
 * the units the importer may reach, so a name shared by units of two districts is not a guess.
 */
final class ReachableUnits {
    private ReachableUnits() {
    }

    record Found(String unitId, ImportProblem problem) {
    }

    static Found find(Organization organization, String reachFromUnitId, String id, String name, String form,
                      String field, String fieldZh) {
        if (id != null && !id.isBlank()) {
            if (organization.unit(id).isPresent()) {
                return new Found(id, null);
            }
            if (name == null || name.isBlank()) {
                return new Found(null, problem(form, field, "No unit " + id + " in this installation.",
                        fieldZh + " " + id + " 在本系统中不存在。"));
            }
        }
        if (name == null || name.isBlank()) {
            return new Found(null, problem(form, field, field + " is missing.", "缺少" + fieldZh + "。"));
        }
        List<Unit> named = organization.units().stream()
                .filter(u -> u.name().equals(name.strip()))
                .filter(u -> organization.isWithin(u.id(), reachFromUnitId))
                .toList();
        if (named.size() == 1) {
            return new Found(named.get(0).id(), null);
        }
        return new Found(null, named.isEmpty()
                ? problem(form, field, "No unit named " + name + " within your reach (" + reachFromUnitId + ").",
                fieldZh + "「" + name + "」不在您可管理的单位中。")
                : problem(form, field, "Several units are named " + name + ".", "有多个单位名为「" + name + "」。"));
    }

    private static ImportProblem problem(String form, String field, String message, String messageZh) {
        return new ImportProblem(form, null, field, message, messageZh);
    }
}
