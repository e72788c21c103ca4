package org.jiandu.tasks.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DatabaseConfig;
import org.jiandu.tasks.AssignmentView;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.ListDraft;
import org.jiandu.tasks.TaskDraft;
import org.jiandu.tasks.TaskKind;
import org.jiandu.tasks.TaskListView;
import org.jiandu.tasks.TasksService;
import org.jiandu.testing.DemoInstallation;

/**
 * Danfeng's demo installation for the tasks tests, with the county commission ({@code county}), the administrator who
 * verifies ({@code admin}) and a way to issue a one-task list to bodies of the test's own.
 */
final class TasksDemoInstallation implements AutoCloseable {

    static final String COUNTY = "danfeng";

    final DemoInstallation env;
    final TasksService tasks;
    final Subject county, admin;
    final LocalDate today = LocalDate.now();

    TasksDemoInstallation(Class<?> test, Path root, DatabaseConfig config) throws Exception {
        env = new DemoInstallation(test, root, config);
        tasks = env.await(TasksService.class);
        county = env.login("county");
        admin = env.login("admin");
    }

    /** Offices of the county commission named {@code codes}, with no task yet. */
    void offices(String... codes) {
        for (String code : codes) {
            tasks.addBody(county, COUNTY, code, "测试监督检查室" + code, BodyKind.SUPERVISION_OFFICE, COUNTY, code + "负责人");
        }
    }

    /** A list of one task of 10 points issued {@code issuedDaysAgo} days ago, due {@code dueDaysAgo} days ago. */
    TaskListView issue(int issuedDaysAgo, int dueDaysAgo, String evidence, String... bodies) {
        LocalDate due = today.minusDays(dueDaysAgo);
        return tasks.issue(county, COUNTY, new ListDraft(due.toString().substring(0, 7), "测试清单", false, today.minusDays(issuedDaysAgo),
                List.of(new TaskDraft("落实中央八项规定精神监督检查", TaskKind.COMMON, "检查情况、发现问题及处置", evidence, BigDecimal.TEN, due,
                        List.of(bodies)))));
    }

    /** The body's task of a list. */
    AssignmentView of(TaskListView list, String body) {
        return tasks.assignments(county, COUNTY, list.id(), null, body, today).get(0);
    }

    @Override
    public void close() {
        env.close();
    }
}
