package se.postboxen.kollegan.bot.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.insight.InsightScope;
import se.postboxen.kollegan.insight.Insights;
import se.postboxen.kollegan.insight.MeetingCost;
import se.postboxen.kollegan.insight.MeetingCosts;
import se.postboxen.kollegan.insight.WeeklyFigures;
import se.postboxen.kollegan.tenant.Tenant;

/**
 * The insights page: meetings per week and how many of their actions are done, over the
 * last eight weeks, and what the language model cost per meeting. Each figure is drawn as
 * an SVG chart and written out in a table with the same words. The meetings counted are
 * those the reader may see, as on the overview: the whole tenant's for administrators and
 * auditors, those that concern them for members.
 */
@Controller
class InsightsController {

	static final int WEEKS = 8;

	/** Meetings in the cost chart; the totals count them all. */
	static final int COSTED_MEETINGS = 12;

	private final Insights insights;

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	private final MessageSource messages;

	private final Clock clock;

	InsightsController(Insights insights, CurrentUser currentUser, CurrentTenant currentTenant, MessageSource messages,
			Clock clock) {
		this.insights = insights;
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/insights")
	String insights(Locale locale, Model model) {
		KolleganUser user = this.currentUser.get();
		Tenant tenant = this.currentTenant.get();
		ZoneId zone = tenant.timeZone();
		Instant now = this.clock.instant();
		LocalDate firstWeek = LocalDate.ofInstant(now, zone)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(WEEKS - 1);
		InsightScope scope = new InsightScope(tenant.id(), user.seesAllMeetings() ? null : user.email(),
				firstWeek.atStartOfDay(zone).toInstant(), now, zone);
		// A member is counted the meetings that concern them; without an address, none
		// do.
		boolean counted = user.seesAllMeetings() || user.email() != null;
		Map<LocalDate, WeeklyFigures> found = (counted ? this.insights.weekly(scope) : List.<WeeklyFigures>of())
			.stream()
			.collect(Collectors.toMap(WeeklyFigures::week, Function.identity()));
		MeetingCosts costs = counted ? this.insights.costs(scope, COSTED_MEETINGS) : MeetingCosts.none();
		Words words = new Words(locale);

		List<WeekRow> weeks = new ArrayList<>();
		for (int i = 0; i < WEEKS; i++) {
			LocalDate week = firstWeek.plusWeeks(i);
			weeks.add(WeekRow.of(found.getOrDefault(week, WeeklyFigures.none(week)), words));
		}
		long busiest = weeks.stream().mapToLong(WeekRow::meetings).max().orElse(0);
		List<CostRow> costRows = costs.latest().stream().map(cost -> CostRow.of(cost, zone, words)).toList();
		BigDecimal dearest = costs.latest()
			.stream()
			.map(MeetingCost::costSek)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);

		model.addAttribute("weeks", weeks);
		model.addAttribute("firstDay", firstWeek);
		model.addAttribute("lastDay", LocalDate.ofInstant(now, zone));
		model.addAttribute("seesAll", user.seesAllMeetings());
		model.addAttribute("meetingsChart",
				BarChart.of("chart-meetings",
						weeks.stream()
							.map(week -> new BarChart.Value(week.label(), null, week.meetingsText(),
									(busiest == 0) ? 0 : (double) week.meetings() / busiest))
							.toList()));
		model.addAttribute("actionsChart",
				BarChart.of("chart-actions",
						weeks.stream()
							.map(week -> new BarChart.Value(week.label(), null, week.rateText(),
									(week.rate() != null) ? week.rate() : 0))
							.toList()));
		model.addAttribute("costChart",
				BarChart.of("chart-costs", costRows.stream()
					.map(cost -> new BarChart.Value(cost.title(),
							cost.languageModel() ? null : words.message("insights.cost.noModel"), cost.costText(),
							(dearest.signum() == 0) ? 0 : cost.costSek().doubleValue() / dearest.doubleValue()))
					.toList()));
		model.addAttribute("costs", costRows);
		model.addAttribute("costed", costs.meetings());
		model.addAttribute("costedWithoutModel", costs.meetings() - costs.withModel());
		model.addAttribute("totalCost", words.sek(costs.totalSek()));
		model.addAttribute("averageCost", (costs.averageSek() != null) ? words.sek(costs.averageSek()) : null);
		return "insights";
	}

	/** Figures in the reader's language, the same in the chart as in the table. */
	private final class Words {

		private final Locale locale;

		private final NumberFormat count;

		private final NumberFormat percent;

		private final NumberFormat kronor;

		Words(Locale locale) {
			this.locale = locale;
			this.count = NumberFormat.getIntegerInstance(locale);
			this.percent = NumberFormat.getPercentInstance(locale);
			this.kronor = NumberFormat.getNumberInstance(locale);
			// A recap costs öre: four decimals show what two would round to nothing.
			this.kronor.setMinimumFractionDigits(2);
			this.kronor.setMaximumFractionDigits(4);
		}

		String message(String code, Object... args) {
			return InsightsController.this.messages.getMessage(code, args, this.locale);
		}

		String count(long value) {
			return this.count.format(value);
		}

		String percent(double value) {
			return this.percent.format(value);
		}

		String sek(BigDecimal value) {
			return message("insights.sek", this.kronor.format(value));
		}

	}

	/**
	 * One week's figures as the page writes them.
	 *
	 * @param label the week's number as a calendar names it
	 * @param rate done of the week's actions, absent without any
	 */
	record WeekRow(LocalDate monday, LocalDate sunday, String label, long meetings, String meetingsText, long actions,
			long done, @Nullable Double rate, String rateText) {

		static WeekRow of(WeeklyFigures figures, Words words) {
			Double rate = figures.completionRate();
			return new WeekRow(figures.week(), figures.week().plusDays(6),
					words.message("insights.week",
							Integer.toString(figures.week().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
					figures.meetings(), words.count(figures.meetings()), figures.actions(), figures.actionsDone(), rate,
					(rate != null) ? words.percent(rate) : words.message("insights.noActions"));
		}

	}

	/**
	 * One meeting's model cost as the page writes it.
	 *
	 * @param languageModel whether a remote model recapped it; without one the offline
	 * extractor did, at no cost
	 */
	record CostRow(UUID meetingId, String title, ZonedDateTime startsAt, BigDecimal costSek, String costText,
			boolean languageModel) {

		static CostRow of(MeetingCost cost, ZoneId zone, Words words) {
			return new CostRow(cost.meetingId().value(), cost.title(), cost.startsAt().atZone(zone), cost.costSek(),
					words.sek(cost.costSek()), cost.languageModel());
		}

	}

}
