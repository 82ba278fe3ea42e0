import io

from pcio.webwatch.management.commands.webwatch import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_progress_bar_is_drawn_on_a_terminal_and_nothing_elsewhere():
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = Progress(stream)
        bar(5, 10)
        bar.end()
    assert "[###############...............] 5/10" in terminal.getvalue()
    assert pipe.getvalue() == ""
