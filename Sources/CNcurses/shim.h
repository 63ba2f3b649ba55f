#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D flags ("prohibited flag(s)"), so turn on the X/Open
   wide-character API here, before curses.h is seen. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/* C globals are mutable vars that Swift 6 rejects as not concurrency-safe. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_COLORS(void) { return COLORS; }
static inline int cnc_COLOR_PAIRS(void) { return COLOR_PAIRS; }
/* Bit macros Swift does not import. */
static inline attr_t cnc_A_BOLD(void) { return A_BOLD; }
static inline attr_t cnc_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t cnc_A_DIM(void) { return A_DIM; }
static inline attr_t cnc_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline mmask_t cnc_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cnc_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnc_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t cnc_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
/* glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM stripped. */
extern int wcwidth(wchar_t);
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }
/* One wide char + attributes + an int pair (ncurses 6.1+: opts carries the pair). */
static inline int cnc_mvwadd_wch(WINDOW *w, int y, int x, wchar_t ch, attr_t attr, int pair) {
    cchar_t cc; wchar_t s[2] = { ch, 0 };
    if (setcchar(&cc, s, attr, 0, &pair) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}
static inline const char *cnc_codeset(void) { return nl_langinfo(CODESET); }
/* More mouse masks (macros built from NCURSES_MOUSE_MASK, not imported). */
static inline mmask_t cnc_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnc_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
static inline attr_t cnc_A_NORMAL(void) { return A_NORMAL; }
/* stdio's streams are mutable C globals too; newterm needs them. */
static inline FILE *cnc_stdout(void) { return stdout; }
static inline FILE *cnc_stdin(void) { return stdin; }
/* tigetstr returns (char *)-1 for "not a string capability"; map that and NULL to NULL. */
static inline const char *cnc_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == (char *)-1) ? (const char *)0 : s;
}
/* Whether a terminal type can run a full-screen program, checked before anything is written:
   1 when terminfo knows it and it can address the cursor (cup); 0 when it cannot (no cup, or
   a hardcopy terminal); -1 when terminfo does not know it (or calls it generic); -2 when
   there is no terminfo database. Leaves no terminal set up. */
struct term;
/* From term.h, which is not included: its capability-name macros (lines, columns, bell...)
   would leak into everything after it. */
extern int setupterm(const char *, int, int *);
extern struct term *set_curterm(struct term *);
extern int del_curterm(struct term *);
static inline int cnc_terminal_type_status(const char *term, int fd) {
    int err = 0;
    if (setupterm(term, fd, &err) != OK) return err == 1 ? 0 : (err == -1 ? -2 : -1);
    const char *move = tigetstr("cup");
    int usable = (move != NULL && move != (const char *)-1) ? 1 : 0;
    del_curterm(set_curterm(NULL));
    return usable;
}
#endif
