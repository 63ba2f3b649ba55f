/* Copied unchanged below this note from the project's shared material, shared/bench/mlp_ref.c
 * (its README: the plain C yardstick for "native speed" of DESIGN.md §7, written for this
 * project), so that scripts/bench-vs-c.sh works on a fresh clone. */
/* Plain C reference for the training workloads the compass measures: a straightforward
 * per-sample MLP (flat arrays, -O2), same update rule as the playground (gradients
 * accumulated and averaged per mini-batch, L2 added at update time).
 * usage: mlp_ref WORKLOAD EPOCHS     WORKLOAD: default | big
 * prints: samples_per_s=<n> grid_us=<n> train_loss=<x> */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXL 8
#define MAXN 8
static int L, size[MAXL + 1];
static double W[MAXL][MAXN][MAXN], B[MAXL][MAXN], gW[MAXL][MAXN][MAXN], gB[MAXL][MAXN];
static double z[MAXL + 1][MAXN], a[MAXL + 1][MAXN], d[MAXL + 1][MAXN];
static unsigned long long rs = 88172645463325252ULL;
static double rnd(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return (rs >> 11) * (1.0 / 9007199254740992.0); }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

static void features(double x, double y, int nf, double *in) {
    double f[7] = {x, y, x * x, y * y, x * y, sin(x), sin(y)};
    memcpy(in, f, sizeof(double) * nf);
}
static double forward(const double *in) {
    memcpy(a[0], in, sizeof(double) * size[0]);
    for (int l = 0; l < L; l++)
        for (int i = 0; i < size[l + 1]; i++) {
            double s = B[l][i];
            for (int j = 0; j < size[l]; j++) s += W[l][i][j] * a[l][j];
            z[l + 1][i] = s;
            a[l + 1][i] = tanh(s);
        }
    return a[L][0];
}
static void backward(double target) {
    double out = a[L][0];
    d[L][0] = (out - target) * (1 - out * out);
    for (int l = L - 1; l >= 0; l--) {
        for (int i = 0; i < size[l + 1]; i++) {
            gB[l][i] += d[l + 1][i];
            for (int j = 0; j < size[l]; j++) gW[l][i][j] += d[l + 1][i] * a[l][j];
        }
        if (l == 0) break;
        for (int j = 0; j < size[l]; j++) {
            double s = 0;
            for (int i = 0; i < size[l + 1]; i++) s += W[l][i][j] * d[l + 1][i];
            d[l][j] = s * (1 - a[l][j] * a[l][j]);
        }
    }
}
static void update(double lr, double l2, int n) {
    for (int l = 0; l < L; l++)
        for (int i = 0; i < size[l + 1]; i++) {
            B[l][i] -= lr * gB[l][i] / n; gB[l][i] = 0;
            for (int j = 0; j < size[l]; j++) {
                W[l][i][j] -= lr * gW[l][i][j] / n;
                W[l][i][j] -= lr * l2 * W[l][i][j];
                gW[l][i][j] = 0;
            }
        }
}
int main(int argc, char **argv) {
    int big = argc > 1 && strcmp(argv[1], "big") == 0;
    int epochs = argc > 2 ? atoi(argv[2]) : 1000;
    int nf = big ? 7 : 2, batch = 10, n = 500;
    double lr = 0.03, l2 = big ? 0.001 : 0;
    L = big ? 7 : 3;
    size[0] = nf;
    for (int l = 1; l < L; l++) size[l] = big ? 8 : (l == 1 ? 4 : 2);
    size[L] = 1;
    for (int l = 0; l < L; l++)
        for (int i = 0; i < size[l + 1]; i++) { B[l][i] = 0.1; for (int j = 0; j < size[l]; j++) W[l][i][j] = rnd() - 0.5; }
    static double px[500], py[500], lab[500], in[7];
    for (int i = 0; i < n; i++) { /* circle data, as in the playground */
        double r = i < n / 2 ? rnd() * 2.5 : 3.5 + rnd() * 1.5, t = rnd() * 2 * M_PI;
        px[i] = r * sin(t); py[i] = r * cos(t); lab[i] = i < n / 2 ? 1 : -1;
    }
    int ntrain = n / 2;
    double loss = 0, t0 = now();
    for (int e = 0; e < epochs; e++) {
        int acc = 0;
        for (int k = 0; k < ntrain; k++) {
            features(px[2 * k % n], py[2 * k % n], nf, in);
            forward(in); backward(lab[2 * k % n]); acc++;
            if ((k + 1) % batch == 0) { update(lr, l2, acc); acc = 0; }
        }
        loss = 0;
        for (int k = 0; k < n; k++) { features(px[k], py[k], nf, in); double o = forward(in) - lab[k]; loss += 0.5 * o * o; }
        loss /= n;
    }
    double t1 = now();
    double sink = 0; /* one 100x100 decision-boundary frame, every neuron's output read */
    for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) {
        features(-6 + 12 * i / 99.0, 6 - 12 * j / 99.0, nf, in); forward(in);
        for (int l = 1; l <= L; l++) for (int q = 0; q < size[l]; q++) sink += a[l][q];
    }
    double t2 = now();
    printf("samples_per_s=%.0f grid_us=%.1f train_loss=%.5f sink=%.1f\n", ntrain * (double)epochs / (t1 - t0), (t2 - t1) * 1e6, loss, sink);
    return 0;
}
