package de.mitreden.themes;

import java.util.SplittableRandom;

/**
 * Standard normal numbers for the LSA's random start, drawn by inverse transform from a table: the normal quantiles
 * of {@link #SIZE} equally likely slices, one picked by 12 random bits, five per random long. The randomised SVD
 * needs a random matrix whose entries are independent, centred and of unit variance (Halko, Martinsson, Tropp 2011;
 * sub-Gaussian entries give the same guarantees as Gaussian ones), not exact normal numbers; these are normal to
 * the table's resolution (the tails cut at 3.7 σ), at a fifth of the time of {@link SplittableRandom#nextGaussian()}
 * (the one-liners' start of 2,314 x 110 numbers took about 1 ms, a twentieth of their themes).
 */
final class NormalTable {

	private static final int BITS = 12;

	/** Slices of equal probability: 4,096 doubles, 32 KB, at hand in the first-level cache. */
	static final int SIZE = 1 << BITS;

	// Acklam's rational approximation: A and B for the central region, C and D for the tails below LOW and above
	// 1 - LOW. Declared before QUANTILES, which the class's initialisation computes from them.
	private static final double LOW = 0.02425;

	private static final double[] A = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
			1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };

	private static final double[] B = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
			6.680131310671334e+01, -1.328068155288572e+01 };

	private static final double[] C = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
			-2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };

	private static final double[] D = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
			3.754408661907416e+00 };

	private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

	private static final double[] QUANTILES = quantiles();

	private NormalTable() {
	}

	/** Fills the first {@code cols} entries of every row with normal numbers from {@code random}. */
	static void fill(double[][] m, int cols, SplittableRandom random) {
		long bits = 0;
		int left = 0;
		for (double[] row : m) {
			for (int c = 0; c < cols; c++) {
				if (left == 0) {
					bits = random.nextLong();
					left = 64 / BITS;
				}
				row[c] = QUANTILES[(int) (bits & (SIZE - 1))];
				bits >>>= BITS;
				left--;
			}
		}
	}

	/** The quantile at the middle of each slice's probability, so that the table is symmetric about 0. */
	private static double[] quantiles() {
		double[] quantiles = new double[SIZE];
		for (int i = 0; i < SIZE; i++) {
			quantiles[i] = inverseNormal((i + 0.5) / SIZE);
		}
		return quantiles;
	}

	/**
	 * The standard normal quantile of p in (0, 1): Acklam's rational approximation (as written here up to about
	 * 5·10⁻⁵ off, e.g. 1.95992 for 1.95996 at 0.975), then two Newton steps on {@link #cdf}.
	 */
	static double inverseNormal(double p) {
		double x = roughInverse(p);
		for (int step = 0; step < 2; step++) {
			x -= (cdf(x) - p) / Math.exp(-0.5 * x * x - LOG_SQRT_TWO_PI);
		}
		return x;
	}

	/**
	 * The standard normal distribution function by Marsaglia's series (2004), Φ(x) = 1/2 + φ(x) (x + x³/3 + x⁵/(3·5)
	 * + ...): its terms are all of one sign, so it is accurate to double rounding where the table needs it (|x| < 4).
	 */
	static double cdf(double x) {
		double sum = x;
		double term = x;
		for (int i = 3; sum + term != sum; i += 2) {
			term = term * x * x / i;
			sum += term;
		}
		return 0.5 + sum * Math.exp(-0.5 * x * x - LOG_SQRT_TWO_PI);
	}

	private static double roughInverse(double p) {
		double x;
		if (p < LOW) {
			double q = Math.sqrt(-2 * Math.log(p));
			x = tail(q);
		}
		else if (p > 1 - LOW) {
			double q = Math.sqrt(-2 * Math.log(1 - p));
			x = -tail(q);
		}
		else {
			double q = p - 0.5;
			double r = q * q;
			x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
					/ (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
		}
		return x;
	}

	private static double tail(double q) {
		return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
				/ ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
	}

}
