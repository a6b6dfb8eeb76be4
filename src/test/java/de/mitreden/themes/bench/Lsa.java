package de.mitreden.themes.bench;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Latent semantic analysis: the documents' coordinates U·Σ in the top {@code dimensions} singular
 * directions of the TF-IDF matrix, as scikit-learn's TruncatedSVD computes them (randomised range
 * finder with power iterations, Halko et al. 2011), with EJML's QR and SVD.
 */
final class Lsa {

	private static final int OVERSAMPLING = 10;

	private static final int POWER_ITERATIONS = 5;

	private Lsa() {
	}

	static double[][] reduce(SparseRows matrix, int dimensions, long seed) {
		int rank = Math.min(dimensions, Math.min(matrix.rowCount(), matrix.columns()));
		int width = Math.min(rank + OVERSAMPLING, Math.min(matrix.rowCount(), matrix.columns()));
		DMatrixRMaj basis = orthonormal(times(matrix, gaussian(matrix.columns(), width, seed)));
		for (int i = 0; i < POWER_ITERATIONS; i++) {
			basis = orthonormal(times(matrix, orthonormal(transposeTimes(matrix, basis))));
		}
		DMatrixRMaj small = transpose(transposeTimes(matrix, basis));
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(small.numRows,
				small.numCols, true, false, true);
		if (!svd.decompose(small)) {
			throw new IllegalStateException("SVD did not converge");
		}
		DMatrixRMaj smallU = svd.getU(null, false);
		DMatrixRMaj sigma = svd.getW(null);
		SingularOps_DDRM.descendingOrder(smallU, false, sigma, null, false);
		DMatrixRMaj u = CommonOps_DDRM.mult(basis, smallU, null);
		return coordinates(u, sigma, rank);
	}

	private static double[][] coordinates(DMatrixRMaj u, DMatrixRMaj sigma, int rank) {
		double[][] coordinates = new double[u.numRows][rank];
		for (int row = 0; row < u.numRows; row++) {
			for (int d = 0; d < rank; d++) {
				coordinates[row][d] = u.get(row, d) * sigma.get(d, d);
			}
		}
		return coordinates;
	}

	private static DMatrixRMaj gaussian(int rows, int columns, long seed) {
		Random random = new Random(seed);
		DMatrixRMaj matrix = new DMatrixRMaj(rows, columns);
		for (int i = 0; i < matrix.data.length; i++) {
			matrix.data[i] = random.nextGaussian();
		}
		return matrix;
	}

	private static DMatrixRMaj orthonormal(DMatrixRMaj matrix) {
		QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(matrix.numRows, matrix.numCols);
		if (!qr.decompose(matrix.copy())) {
			// a column became exactly zero: dependent columns, as in a small set with few terms (210 titles,
			// 104 terms). LAPACK's QR, which scikit-learn uses, carries on there; EJML's plain Householder QR
			// stops, its column-pivoting one does not (same span, columns in another order).
			qr = DecompositionFactory_DDRM.qrp(matrix.numRows, matrix.numCols);
			if (!qr.decompose(matrix.copy())) {
				throw new IllegalStateException("QR failed");
			}
		}
		return qr.getQ(null, true);
	}

	/** A · dense, with A sparse (documents × terms). */
	private static DMatrixRMaj times(SparseRows a, DMatrixRMaj dense) {
		DMatrixRMaj result = new DMatrixRMaj(a.rowCount(), dense.numCols);
		int width = dense.numCols;
		for (int row = 0; row < a.rowCount(); row++) {
			int[] columns = a.indices()[row];
			double[] values = a.values()[row];
			for (int i = 0; i < columns.length; i++) {
				int from = columns[i] * width;
				for (int j = 0; j < width; j++) {
					result.data[row * width + j] += values[i] * dense.data[from + j];
				}
			}
		}
		return result;
	}

	/** Aᵀ · dense, with A sparse (documents × terms). */
	private static DMatrixRMaj transposeTimes(SparseRows a, DMatrixRMaj dense) {
		DMatrixRMaj result = new DMatrixRMaj(a.columns(), dense.numCols);
		int width = dense.numCols;
		for (int row = 0; row < a.rowCount(); row++) {
			int[] columns = a.indices()[row];
			double[] values = a.values()[row];
			for (int i = 0; i < columns.length; i++) {
				int to = columns[i] * width;
				for (int j = 0; j < width; j++) {
					result.data[to + j] += values[i] * dense.data[row * width + j];
				}
			}
		}
		return result;
	}

	private static DMatrixRMaj transpose(DMatrixRMaj matrix) {
		return CommonOps_DDRM.transpose(matrix, null);
	}

}
