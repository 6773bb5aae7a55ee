package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How far one bid's price must move before the first place changes hands: the price at
 * which it draws level (any further and the order flips).
 *
 * @param bidder whose price moves
 * @param lower whether the price must fall (the runner-up) or rise (the winner)
 * @param changeSek the change in SEK, absent when price alone cannot do it
 * @param changePercent the change as a share of that bid's own price, two decimals
 * @param level the price at which it draws level
 * @param basis the model whose arithmetic this is
 */
public record Sensitivity(String bidder, boolean lower, @Nullable BigDecimal changeSek,
		@Nullable BigDecimal changePercent, @Nullable BigDecimal level, Basis basis) {

}
