package se.postboxen.kollegan.bot.action;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.PushActionJob;
import se.postboxen.kollegan.action.SyncTaskStateJob;
import se.postboxen.kollegan.action.TaskBoard;
import se.postboxen.kollegan.action.TaskBoardSetups;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.action.TaskPushes;
import se.postboxen.kollegan.action.UpdateTaskJob;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.shared.Transactions;

/**
 * Task boards: actions pushed to the tenant's Planner or Trello board (whichever adapters
 * are on the classpath), their tasks followed back, and answers here sent to them.
 */
@Configuration(proxyBeanMethods = false)
class TaskBoardConfiguration {

	@Bean
	TaskBoards taskBoards(ActionItems actions, Meetings meetings, TaskBoardSetups setups, TaskPushes pushes,
			ObjectProvider<TaskBoard> boards, JobQueue jobs, AuditLog auditLog, Transactions transactions, Clock clock,
			ApiProperties api, TenantModules modules) {
		return new TaskBoards(actions, meetings, setups, pushes, boards.orderedStream().toList(), jobs, auditLog,
				transactions, clock, api.publicUrl(), modules);
	}

	@Bean
	PushActionJob pushActionJob(TaskBoards boards) {
		return new PushActionJob(boards);
	}

	@Bean
	SyncTaskStateJob syncTaskStateJob(TaskBoards boards) {
		return new SyncTaskStateJob(boards);
	}

	@Bean
	UpdateTaskJob updateTaskJob(TaskBoards boards) {
		return new UpdateTaskJob(boards);
	}

}
