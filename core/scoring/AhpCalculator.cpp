// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/AhpCalculator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pf::core::scoring {

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

} // namespace

double AhpCalculator::randomIndex(qsizetype n)
{
    // Saaty (1980), the values most textbooks and tools use.
    static const double ri[] = {0.0,  0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32,
                                1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 0 || n >= qsizetype(std::size(ri))) {
        return ri[std::size(ri) - 1];
    }
    return ri[n];
}

std::optional<AhpCalculator::Error> AhpCalculator::validate(const Matrix &matrix)
{
    const qsizetype n = matrix.size();
    if (n == 0) {
        return Error{-1, -1, QCoreApplication::translate("AhpCalculator", "the matrix is empty")};
    }
    if (n > 15) {
        return Error{-1, -1,
                     QCoreApplication::translate("AhpCalculator", "at most 15 items can be compared, not %1").arg(n)};
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (matrix.at(i).size() != n) {
            return Error{
                i, -1,
                QCoreApplication::translate("AhpCalculator", "row %1 has %2 values; the matrix must be %3 × %3")
                    .arg(i + 1)
                    .arg(matrix.at(i).size())
                    .arg(n)};
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            const double v = matrix.at(i).at(j);
            if (!std::isfinite(v) || v <= 0.0) {
                return Error{
                    i, j, QCoreApplication::translate("AhpCalculator", "%1 is not a positive number").arg(number(v))};
            }
            if (i == j && std::abs(v - 1.0) > 1e-9) {
                return Error{
                    i, j,
                    QCoreApplication::translate("AhpCalculator", "the diagonal must be 1, not %1").arg(number(v))};
            }
            // 1% slack so that 0.333 passes as the reciprocal of 3.
            if (j < i && std::abs(v * matrix.at(j).at(i) - 1.0) > 0.01) {
                return Error{
                    i, j,
                    QCoreApplication::translate("AhpCalculator", "%1 is not the reciprocal of %2 (expected %3)")
                        .arg(number(v), number(matrix.at(j).at(i)), number(1.0 / matrix.at(j).at(i)))};
            }
        }
    }
    return std::nullopt;
}

std::optional<AhpCalculator::Matrix> AhpCalculator::fromJudgments(const QStringList &items,
                                                                  const QList<PairJudgment> &judgments, Error *error)
{
    const qsizetype n = items.size();
    // Sum of log values and count per ordered pair (i < j): the geometric mean is exp(mean of logs).
    QList<QList<double>> logSum(n, QList<double>(n, 0.0));
    QList<QList<int>> count(n, QList<int>(n, 0));
    for (qsizetype k = 0; k < judgments.size(); ++k) {
        const PairJudgment &judgment = judgments.at(k);
        const qsizetype a = items.indexOf(judgment.a);
        const qsizetype b = items.indexOf(judgment.b);
        auto fail = [&](qsizetype column, const QString &message) {
            if (error) {
                *error = Error{k, column, message};
            }
            return std::nullopt;
        };
        if (a < 0) {
            return fail(0, QCoreApplication::translate("AhpCalculator", "unknown item '%1'").arg(judgment.a));
        }
        if (b < 0) {
            return fail(1, QCoreApplication::translate("AhpCalculator", "unknown item '%1'").arg(judgment.b));
        }
        if (a == b) {
            return fail(1, QCoreApplication::translate("AhpCalculator", "an item cannot be compared with itself"));
        }
        if (!std::isfinite(judgment.value) || judgment.value < 1.0 / 9.0 - 1e-9 || judgment.value > 9.0 + 1e-9) {
            return fail(2, QCoreApplication::translate("AhpCalculator", "judgment %1 is outside Saaty's scale 1/9–9")
                               .arg(number(judgment.value)));
        }
        const double logValue = std::log(judgment.value);
        if (a < b) {
            logSum[a][b] += logValue;
            ++count[a][b];
        } else {
            logSum[b][a] -= logValue;
            ++count[b][a];
        }
    }
    Matrix matrix(n, QList<double>(n, 1.0));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (count[i][j] == 0) {
                if (error) {
                    *error = Error{-1, -1,
                                   QCoreApplication::translate("AhpCalculator", "no judgment compares '%1' with '%2'")
                                       .arg(items.at(i), items.at(j))};
                }
                return std::nullopt;
            }
            matrix[i][j] = std::exp(logSum[i][j] / count[i][j]);
            matrix[j][i] = 1.0 / matrix[i][j];
        }
    }
    return matrix;
}

AhpResult AhpCalculator::compute(const QStringList &items, const Matrix &matrix)
{
    const qsizetype n = matrix.size();
    AhpResult result;
    result.items = items;
    // Power iteration from the row geometric means; converges fast for positive reciprocal matrices.
    QList<double> w(n, 1.0 / double(n));
    for (int iteration = 0; iteration < 10000; ++iteration) {
        QList<double> next(n, 0.0);
        double sum = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = 0; j < n; ++j) {
                next[i] += matrix.at(i).at(j) * w.at(j);
            }
            sum += next.at(i);
        }
        double change = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next.at(i) - w.at(i)));
        }
        w = next;
        if (change < 1e-15) {
            break;
        }
    }
    result.weights = w;
    double lambda = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        double row = 0.0;
        for (qsizetype j = 0; j < n; ++j) {
            row += matrix.at(i).at(j) * w.at(j);
        }
        lambda += row / w.at(i);
    }
    result.lambdaMax = n > 0 ? lambda / double(n) : 0.0;
    result.ci = n > 2 ? (result.lambdaMax - double(n)) / double(n - 1) : 0.0;
    const double ri = randomIndex(n);
    result.cr = ri > 0.0 ? result.ci / ri : 0.0;
    double worst = -1.0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double departure = std::abs(std::log(matrix.at(i).at(j) * w.at(j) / w.at(i)));
            if (departure > worst + 1e-12) {
                worst = departure;
                result.inconsistentRow = i;
                result.inconsistentColumn = j;
                result.judged = matrix.at(i).at(j);
                result.implied = w.at(i) / w.at(j);
            }
        }
    }
    return result;
}

} // namespace pf::core::scoring
