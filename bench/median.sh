#!/usr/bin/env bash
# bench/median.sh — combines the outputs of several bench/run.sh runs into one table: for each
# endpoint and concurrency, the median of every column (errors: the sum); and the medians of start-up and memory.
# Usage: bench/run.sh > run1.txt; ... ; bench/median.sh run1.txt run2.txt run3.txt
set -euo pipefail
awk '
function total(list,   n, a, i, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) t += a[i]; return t }
function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
/^start-up \(/ { startup = startup " " $(NF - 1) }
/^resident memory/ { rs = rs " " $3; ra = ra " " $(NF - 4) }
/^endpoint / { header = $0; inTable = 1; next }
inTable && NF == 0 { inTable = 0 }
inTable && NF >= 10 {
    key = $1 " " $2
    if (!(key in seen)) { seen[key] = 1; order[++count] = key }
    for (c = 3; c <= 10; c++) col[key, c] = col[key, c] " " $c
}
END {
    printf "runs: %d; medians\n", split(startup, tmp, " ")
    printf "start-up (java -jar to first 200): %s ms (runs:%s)\n", median(startup), startup
    printf "resident memory: %s MB after start, %s MB after the load (runs:%s /%s)\n\n", median(rs), median(ra), rs, ra
    print header
    for (i = 1; i <= count; i++) {
        split(order[i], k, " ")
        printf "%-20s %5d %9d %8.2f %8.2f %6d %8.2f %8.2f %9d %10.3f\n", k[1], k[2], median(col[order[i], 3]),
            median(col[order[i], 4]), median(col[order[i], 5]), total(col[order[i], 6]), median(col[order[i], 7]),
            median(col[order[i], 8]), median(col[order[i], 9]), median(col[order[i], 10])
    }
}' "$@"
