"""Tests for the scanner-readout parser and the `wifi:*` scan findings (flows/troubleshoot/rules/scan.py)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from flows.troubleshoot.rules import scan
from flows.troubleshoot.rules.scan import (
    FORMATS,
    ScannedNetwork,
    detect_format,
    networks_named,
    parse_scan,
    scan_answers,
    scan_findings,
    ssid_choices,
)

SAMPLES = Path(__file__).parent / "data" / "scans"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))
FIELDS = ("ssid", "bssid", "freq_mhz", "band", "channel", "width_mhz", "security", "signal_dbm")
# Real readouts pasted in GitHub issues and forums, labelled by hand (conventions in the expected.yaml header).
REAL_SAMPLES = Path(__file__).parent / "data" / "scans_real"
REAL_EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (REAL_SAMPLES / "expected.yaml").read_text(encoding="utf-8")
)
# Formats met only in real pastes: tests/data/scans (written to cover the formats it was built for) has none
# of them, so their labelled coverage is scans_real.
REAL_ONLY_FORMATS = frozenset({"linux_iwlist", "network_analyzer_share"})


def read(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def codes(findings: list[tuple[str, str]]) -> list[str]:
    return [code for code, _ in findings]


def net(ssid: str | None, band: str, **kw: Any) -> ScannedNetwork:
    channel = kw.pop("channel", 6 if band == "2.4" else 36)
    return ScannedNetwork(ssid=ssid, band=band, channel=channel, **kw)


# ---------------------------------------------------------------------------------------------------------
# Samples against the labels


def test_samples_cover_every_format_twice() -> None:
    files = sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert sorted(EXPECTED) == files
    assert len(files) >= 12
    per_format = [label["format"] for label in EXPECTED.values()]
    for fmt in set(FORMATS) - REAL_ONLY_FORMATS:
        assert per_format.count(fmt) >= 2, fmt
    real_formats = {label["format"] for label in REAL_EXPECTED.values()}
    assert REAL_ONLY_FORMATS <= real_formats


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_format_detected(name: str) -> None:
    assert detect_format(read(name)) == EXPECTED[name]["format"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_fields_match_labels(name: str) -> None:
    parsed = parse_scan(read(name))
    expected = EXPECTED[name]["networks"]
    assert len(parsed) == len(expected)
    for index, (got, want) in enumerate(zip(parsed, expected, strict=True)):
        for field in FIELDS:
            assert getattr(got, field) == want[field], f"{name} network {index} field {field}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_has_the_required_mix(name: str) -> None:
    nets = parse_scan(read(name))
    assert 3 <= len(nets) <= 10
    assert any(n.ssid == "Jo’s iPhone" for n in nets)
    assert any(
        n.band == "5" for n in nets if n.ssid and not any(m.ssid == n.ssid and m.band == "2.4" for m in nets)
    )
    names = {n.ssid for n in nets if n.ssid}
    assert any({"2.4", "5"} <= {n.band for n in nets if n.ssid == name} for name in names)
    if not name.startswith("macos_system_profiler"):  # system_profiler does not list hidden networks
        assert any(n.hidden for n in nets)


def test_bench_reports_every_format() -> None:
    from bench.scan_accuracy import run

    result = run()
    assert result["name"] == "scan_format_accuracy"
    assert result["formats"] == len(FORMATS) - len(REAL_ONLY_FORMATS)
    assert result["fields"] > 0 and result["correct"] <= result["fields"]
    assert result["accuracy"] == pytest.approx(result["correct"] / result["fields"])
    assert set(result["per_format"]) == set(FORMATS) - REAL_ONLY_FORMATS


# ---------------------------------------------------------------------------------------------------------
# Real pasted readouts against the labels


def read_real(name: str) -> str:
    # Bytes, not read_text: keep any CRLF, since pasted text arrives with it.
    return (REAL_SAMPLES / name).read_bytes().decode("utf-8")


def test_real_samples_are_labelled_and_sourced() -> None:
    files = sorted(p.name for p in REAL_SAMPLES.glob("*.txt"))
    assert sorted(REAL_EXPECTED) == files
    for name in files:
        assert read_real(name).startswith("# source: "), name
        assert REAL_EXPECTED[name]["format"] in FORMATS, name


@pytest.mark.parametrize("name", sorted(REAL_EXPECTED))
def test_real_sample_parses_as_labelled(name: str) -> None:
    text = read_real(name)
    label = REAL_EXPECTED[name]
    assert detect_format(text) == label["format"]
    got = [{field: getattr(n, field) for field in FIELDS} for n in parse_scan(text)]
    want = [{field: n[field] for field in FIELDS} for n in label["networks"]]
    assert got == want


def test_real_bench_is_complete() -> None:
    from bench.scan_real import run

    result = run()
    assert result["correct"] == result["fields"], result["misses"]


# ---------------------------------------------------------------------------------------------------------
# Format quirks


def test_windows_mojibake_name_is_repaired() -> None:
    nets = parse_scan(read("windows_netsh_2.txt"))
    assert "Jo’s iPhone" in {n.ssid for n in nets}


def test_iw_escaped_bytes_become_utf8_and_nul_ssid_is_hidden() -> None:
    nets = parse_scan(read("iw_scan_1.txt"))
    assert nets[3].ssid == "Jo’s iPhone"
    assert nets[2].hidden


def test_nmcli_terse_unescapes_colons_in_names() -> None:
    assert "Cafe:Guest" in {n.ssid for n in parse_scan(read("nmcli_terse_2.txt"))}


def test_nmcli_table_without_in_use_column() -> None:
    text = (
        "SSID          BSSID              CHAN  FREQ      RATE        SIGNAL  SECURITY\n"
        "Home Net      AA:BB:CC:DD:EE:01  11    2462 MHz  130 Mbit/s  100     WPA2\n"
        "--            AA:BB:CC:DD:EE:02  36    5180 MHz  540 Mbit/s  40      WPA2 WPA3\n"
    )
    nets = parse_scan(text)
    assert detect_format(text) == "linux_nmcli"
    assert [(n.ssid, n.channel, n.signal_dbm, n.security) for n in nets] == [
        ("Home Net", 11, -50, "wpa2"),
        ("", 36, -80, "wpa2/wpa3"),
    ]


def test_nmcli_rows_without_header() -> None:
    text = (
        "Output from ubuntu:\n"
        "*       76:AC:B9:27:8A:44  Doge  Infra  10    270 Mbit/s  89      \u2582\u2584\u2586\u2588  WPA2     \n"
        "        8E:49:62:E1:0D:C5  --    Infra  10    65 Mbit/s   69      \u2582\u2584\u2586_  WPA1 WPA2\n"
        "        AA:BB:CC:DD:EE:03  Cafe Free  Infra  1  54 Mbit/s  40  **    --\n"
    )
    assert detect_format(text) == "linux_nmcli"
    assert [(n.ssid, n.bssid, n.channel, n.signal_dbm, n.security) for n in parse_scan(text)] == [
        ("Doge", "76:ac:b9:27:8a:44", 10, -56, "wpa2"),
        ("", "8e:49:62:e1:0d:c5", 10, -66, "wpa2"),
        ("Cafe Free", "aa:bb:cc:dd:ee:03", 1, -80, "open"),
    ]


def test_nmcli_rows_of_old_releases_without_bssid_column() -> None:
    text = (
        "*  SSID        MODE   CHAN  RATE       SIGNAL  BARS  SECURITY\n"
        "   HomeNet     Infra  6     54 Mbit/s  70      ***   WPA2\n"
        "*  --          Infra  11    54 Mbit/s  100     ****  --\n"
    )
    assert detect_format(text) == "linux_nmcli"
    assert [(n.ssid, n.bssid, n.channel, n.signal_dbm, n.security) for n in parse_scan(text)] == [
        ("HomeNet", None, 6, -65, "wpa2"),
        ("", None, 11, -50, "open"),
    ]


def test_nmcli_masked_bssids_and_tab_indented_rows() -> None:
    text = (
        "IN-USE  BSSID              SSID                MODE   CHAN  RATE        SIGNAL  BARS  SECURITY\n"
        "\t68:FF:7B:21:??:E3  Home                   Infra  4     270 Mbit/s  30      \u2582___  WPA1 WPA2\n"
        "\t68:FF:7B:21:??:A0  Home                Infra  4     270 Mbit/s  30      \u2582___  WPA1 WPA2\n"
        "\t88:DC:96:56:94:FE  --                  Infra  6     270 Mbit/s  29      \u2582___  --\n"
    )
    nets = parse_scan(text)
    # A masked BSSID is no BSSID, and two rows without one are two radios even when they read the same.
    assert [(n.ssid, n.bssid, n.channel, n.signal_dbm, n.security) for n in nets] == [
        ("Home", None, 4, -85, "wpa2"),
        ("Home", None, 4, -85, "wpa2"),
        ("", "88:dc:96:56:94:fe", 6, -86, "open"),
    ]


def test_same_bssid_pasted_twice_is_one_network() -> None:
    row = "        AA:BB:CC:DD:EE:01  Doge  Infra  10    270 Mbit/s  89      \u2582\u2584\u2586\u2588  WPA2\n"
    assert len(parse_scan(row + row)) == 1


IWLIST = """wlan0     Scan completed :
          Cell 01 - Address: AA:BB:CC:DD:EE:01
                    Channel:6
                    Frequency:2.437 GHz (Channel 6)
                    Quality:60/100  Signal level:60/100
                    Encryption key:off
                    ESSID:"Cafe Guest "
          Cell 02 - Address: AA:BB:CC:DD:EE:02
                    Frequency:5.18 GHz
                    Quality=50/70  Signal level=-60 dBm
                    Encryption key:on
                    ESSID:""
                    IE: Unknown: 0000
                    IE: IEEE 802.11i/WPA2 Version 1
                        Group Cipher : CCMP
                        Pairwise Ciphers (1) : CCMP
                        Authentication Suites (2) : PSK unknown (8)
          Cell 03 - Address: AA:BB:CC:DD:EE:03
                    Channel:11
                    Encryption key:on
                    ESSID:"OldNet"
                    IE: WPA Version 1
                        Authentication Suites (1) : PSK
          Cell 04 - Address: AA:BB:CC:DD:EE:04
                    Channel:1
                    Encryption key:on
                    ESSID:"Corp"
                    IE: IEEE 802.11i/WPA2 Version 1
                        Authentication Suites (1) : 802.1x
          Cell 05 - Address: AA:BB:CC:DD:EE:05
                    Channel:1
                    Encryption key:on
                    ESSID:"Legacy"
"""


def test_iwlist_cells() -> None:
    assert detect_format(IWLIST) == "linux_iwlist"
    rows = [
        (n.ssid, n.freq_mhz, n.band, n.channel, n.width_mhz, n.security, n.signal_dbm)
        for n in parse_scan(IWLIST)
    ]
    assert rows == [
        ("Cafe Guest ", 2437, "2.4", 6, None, "open", -70),  # quoted ESSID: the trailing space is real
        ("", 5180, "5", 36, None, "wpa2/wpa3", -60),  # "unknown (8)" is the SAE suite
        ("OldNet", None, "2.4", 11, None, "wpa", None),
        ("Corp", None, "2.4", 1, None, "enterprise", None),
        ("Legacy", None, "2.4", 1, None, "wep", None),  # encryption on without a WPA element
    ]
    assert parse_scan(IWLIST)[0].bssid == "aa:bb:cc:dd:ee:01"


def test_iwlist_quoted_and_grep_filtered() -> None:
    quoted = "\n".join(">" + line for line in IWLIST.splitlines())
    assert detect_format(quoted) == "linux_iwlist"
    assert parse_scan(quoted) == parse_scan(IWLIST)
    grepped = "\n".join(ln for ln in IWLIST.splitlines() if re.search(r"Address|Frequency|SSID", ln))
    nets = parse_scan(grepped)
    assert [n.ssid for n in nets] == ["Cafe Guest ", "", "OldNet", "Corp", "Legacy"]
    assert all(n.security is None and n.signal_dbm is None for n in nets)  # not shown, so unknown


def test_iw_rsn_element_cut_after_version_is_wpa2() -> None:
    block = (
        "BSS 36:2c:b4:34:3b:95(on wlan0)\n\tfreq: 2412\n\tcapability: ESS Privacy (0x1411)\n"
        "\tsignal: -77.00 dBm\n\tSSID: Gast\n"
        "\tWPA:\t * Version: 1\n\t\t * Authentication suites: PSK\n"
    )
    assert parse_scan(block)[0].security == "wpa"
    assert parse_scan(block + "\tRSN:\t * Version: 1\n")[0].security == "wpa2"


def test_network_analyzer_share() -> None:
    text = (
        "Network Analyzer: Wi-Fi Signal\n\n"
        "hamid\n- BSSID: a8:5e:45:f6:3e:28\n- Vendor: ASUSTek COMPUTER INC.\n- Band: 2.4 GHz\n"
        "- Primary Channel: 2\n- Primary Channel Frequency: 2417 MHz\n- Center Channel: 2\n"
        "- Channel Width: 20 MHz\n- Signal Strength: -88 dBm\n- Encryption: WPA2/WPA (AES/TKIP)\n\n"
        "Cafe 5G\n- BSSID: 04:8d:38:7a:2d:41\n- Band: 5 GHz\n- Primary Channel: 36\n"
        "- Primary Channel Frequency: 5180 MHz\n- Center Channel: 42\n- Channel Width: 80 MHz\n"
        "- Signal Strength: -61 dBm\n- Encryption: None\n"
    )
    assert detect_format(text) == "network_analyzer_share"
    rows = [
        (n.ssid, n.bssid, n.freq_mhz, n.band, n.channel, n.width_mhz, n.security, n.signal_dbm)
        for n in parse_scan(text)
    ]
    assert rows == [
        ("hamid", "a8:5e:45:f6:3e:28", 2417, "2.4", 2, 20, "wpa2", -88),
        ("Cafe 5G", "04:8d:38:7a:2d:41", 5180, "5", 36, 80, "open", -61),
    ]


def test_bulleted_list_is_not_a_network_analyzer_share() -> None:
    assert detect_format("- Band: 2.4 GHz\n- Encryption: WPA2\n") != "network_analyzer_share"


def test_markdown_table_with_dash_macs_extra_columns_and_ghz() -> None:
    text = (
        "SSID | MAC Address | PHY Type | RSSI | Channel | Frequency | Channels Range | Channel Width\n"
        "-- | -- | -- | -- | -- | -- | -- | --\n"
        "TP-LINK_E1AC | 14-75-90-E7-E1-AC | 802.11g/n | -37 | 1 | 2.412 | 1 - 7 | 40 MHz\n"
        "| Office | 00-21-F2-01-1F-C4 | 802.11ac | -64 | 36 | 5.18 | 36 - 48 | 80 MHz |\n"
    )
    assert detect_format(text) == "generic"  # not AirPort Utility rows, despite BSSID + RSSI + Channel
    rows = [
        (n.ssid, n.bssid, n.freq_mhz, n.band, n.channel, n.width_mhz, n.signal_dbm) for n in parse_scan(text)
    ]
    assert rows == [
        ("TP-LINK_E1AC", "14:75:90:e7:e1:ac", 2412, "2.4", 1, 40, -37),
        ("Office", "00:21:f2:01:1f:c4", 5180, "5", 36, 80, -64),
    ]


def test_table_frequency_column_holding_the_band() -> None:
    text = "SSID\tFrequency\tSignal\tChannel\nHome\t2.4 GHz\t-60\t6\nHome5\t5 GHz\t-70\t36\n"
    assert [(n.ssid, n.freq_mhz, n.band) for n in parse_scan(text)] == [
        ("Home", None, "2.4"),
        ("Home5", None, "5"),
    ]


def test_android_export_keeps_ssid_spaces_only_between_bare_pipes() -> None:
    header = "Time Stamp|SSID|BSSID|Strength|Primary Channel|Primary Frequency|Width (Range)|Security\n"
    row = "2026/05/07-21:15:03|kwood03 |88:67:46:ac:e6:26|-26dBm|11|2462MHz|20MHz (2452 - 2472)|[ESS]\n"
    assert parse_scan(header + row)[0].ssid == "kwood03 "
    padded = header.replace("|", " | ") + row.replace("|", " | ")
    assert parse_scan(padded)[0].ssid == "kwood03"


@pytest.mark.parametrize(
    ("raw", "mhz"),
    [
        ("2412 MHz", 2412),
        ("2412", 2412),
        ("2.412 GHz", 2412),
        ("2.412", 2412),
        ("5,745 GHz", 5745),
        ("", None),
    ],
)
def test_frequency_text(raw: str, mhz: int | None) -> None:
    assert scan.model._freq_text(raw) == mhz


def test_percent_to_dbm_is_documented_formula() -> None:
    assert "percent // 2 - 100" in (scan.__doc__ or "")
    assert scan._pct_to_dbm(100) == -50
    assert scan._pct_to_dbm(0) == -100


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("WPA2-Personal", "wpa2"),
        ("WPA2 Personal", "wpa2"),
        ("RSN(PSK/AES/AES)", "wpa2"),
        ("[WPA2-PSK-CCMP][RSN-PSK-CCMP][ESS][WPS]", "wpa2"),
        ("[RSN-SAE-CCMP][ESS]", "wpa3"),
        ("RSN(PSK,SAE/AES/AES)", "wpa2/wpa3"),
        ("WPA2/WPA3 Personal", "wpa2/wpa3"),
        ("WPA2 WPA3", "wpa2/wpa3"),
        ("WPA3-Personal", "wpa3"),
        ("WPA2-Enterprise", "enterprise"),
        ("WPA2 802.1X", "enterprise"),
        ("[WPA2-EAP-CCMP]", "enterprise"),
        ("Open", "open"),
        ("None", "open"),
        ("--", "open"),
        ("[ESS]", "open"),
        ("WEP", "wep"),
        ("WPA-Personal", "wpa"),
        ("[WPA-PSK-TKIP][ESS]", "wpa"),
        ("WPA1", "wpa"),
        ("WPA/WPA2 Personal", "wpa2"),
        ("", None),
    ],
)
def test_security_normalization(raw: str, expected: str | None) -> None:
    assert scan._norm_security(raw) == expected


def test_band_is_derived_from_frequency_or_channel() -> None:
    assert ScannedNetwork("a", freq_mhz=2437).band == "2.4"
    assert ScannedNetwork("a", freq_mhz=5745).band == "5"
    assert ScannedNetwork("a", freq_mhz=6115).band == "6"
    assert ScannedNetwork("a", channel=11).band == "2.4"
    assert ScannedNetwork("a", channel=149).band == "5"
    assert ScannedNetwork("a", freq_mhz=2437).channel == 6
    assert ScannedNetwork("a", bssid="AA-BB-CC-DD-EE-FF").bssid == "aa:bb:cc:dd:ee:ff"


@pytest.mark.parametrize(
    ("line", "ssid", "band", "channel", "width", "security", "signal"),
    [
        ("MyNet 2.4GHz channel 6 40MHz WPA2 -60dBm", "MyNet", "2.4", 6, 40, "wpa2", -60),
        ("Home5G 5 GHz ch 36", "Home5G", "5", 36, None, None, None),
        ("Net-5G 5 GHz ch 44,80", "Net-5G", "5", 44, 80, None, None),
        ('"My Net" - 2.4 GHz - ch 1 - open - 70%', "My Net", "2.4", 1, None, "open", -65),
    ],
)
def test_generic_lines(
    line: str, ssid: str, band: str, channel: int, width: int | None, security: str | None, signal: int | None
) -> None:
    (got,) = parse_scan(line)
    assert (got.ssid, got.band, got.channel, got.width_mhz, got.security, got.signal_dbm) == (
        ssid,
        band,
        channel,
        width,
        security,
        signal,
    )


def test_generic_ignores_prose() -> None:
    assert parse_scan("My router is in the kitchen, 5 GHz I think") == []
    assert detect_format("hello, the light is blinking green") is None


# ---------------------------------------------------------------------------------------------------------
# Garbage and fuzzing


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "skip",
        "lorem ipsum dolor sit amet " * 50,
        "\x00\x01\x02\xff\ufffd" * 1000,
        "BSS",
        "SSID 1 :",
        "aa:bb:cc:dd:ee:ff",
        "||||||||",
        "IN-USE SSID BSSID SSID BSSID CHAN",
    ],
)
def test_garbage_returns_empty(text: str) -> None:
    assert parse_scan(text) == []


def test_non_string_input_returns_empty() -> None:
    assert parse_scan(None) == []  # type: ignore[arg-type]
    assert detect_format(b"bytes") is None  # type: ignore[arg-type]


def test_one_megabyte_is_quick() -> None:
    rng = random.Random(7)
    alphabet = "abcdefghij klmnop:-|()[]%0123456789\n\t"
    big = "".join(rng.choice(alphabet) for _ in range(1_000_000))
    started = time.perf_counter()
    result = parse_scan(big)
    assert time.perf_counter() - started < 5.0
    assert isinstance(result, list)
    started = time.perf_counter()
    assert parse_scan("x" * 1_000_000) == []
    assert time.perf_counter() - started < 2.0


def test_random_slices_of_real_readouts_never_raise() -> None:
    # Same as below, over the real pastes, which exercise the iwlist, Network Analyzer and header-less nmcli
    # readers.
    rng = random.Random(2025)
    texts = [read_real(name) for name in sorted(REAL_EXPECTED)]
    for _ in range(1500):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randrange(1, 600)]
        if rng.random() < 0.3:
            piece = piece.replace(rng.choice(" :\n\t-|"), rng.choice(["", "  ", "\\", "\x00", "’", "?"]))
        assert all(isinstance(n, ScannedNetwork) for n in scan._parse(piece))
        detect_format(piece)


def test_random_slices_of_samples_never_raise() -> None:
    # scan._parse has no safety net, so this proves malformed input is handled rather than swallowed.
    rng = random.Random(2024)
    texts = [read(name) for name in sorted(EXPECTED)]
    for _ in range(1500):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randrange(1, 600)]
        if rng.random() < 0.3:
            piece = piece.replace(rng.choice(" :\n\t-"), rng.choice(["", "  ", "\\", "\x00", "’"]))
        networks = scan._parse(piece)
        assert all(isinstance(n, ScannedNetwork) for n in networks)
        detect_format(piece)


# ---------------------------------------------------------------------------------------------------------
# Picking the customer's network


def test_networks_named_prefers_exact_then_loose_then_quote_folded() -> None:
    nets = [net("HomeNet", "2.4"), net("homenet ", "5"), net("Jo’s iPhone", "2.4")]
    assert networks_named(nets, "HomeNet") == [nets[0]]
    assert networks_named(nets, "HOMENET") == [nets[0], nets[1]]
    assert networks_named(nets, "jo's iphone") == [nets[2]]
    assert networks_named(nets, "Other") == []
    assert networks_named([net("", "2.4")], "") == []


def test_ssid_choices_strongest_first_distinct_max_six() -> None:
    nets = [net(f"N{i}", "2.4", signal_dbm=-90 + i) for i in range(8)]
    nets += [net("N0", "5", signal_dbm=-30), net("", "2.4", signal_dbm=-20), net("NoSignal", "2.4")]
    assert ssid_choices(nets) == ["N0", "N7", "N6", "N5", "N4", "N3"]
    assert ssid_choices([net("NoSignal", "2.4"), net("A", "2.4", signal_dbm=-80)]) == ["A", "NoSignal"]


# ---------------------------------------------------------------------------------------------------------
# Findings, one code at a time


def test_clean_network_has_no_findings() -> None:
    nets = [net("Home", "2.4", width_mhz=20, security="wpa2", signal_dbm=-50, bssid="aa:aa:aa:aa:aa:01")]
    assert scan_findings(nets, "Home", "photon") == []


@pytest.mark.parametrize(
    ("platform", "flagged"), [("photon", True), ("argon", True), ("p1", True), ("p2", False)]
)
def test_no_2_4ghz_depends_on_platform(platform: str, flagged: bool) -> None:
    nets = [net("Home", "5", security="wpa2", signal_dbm=-50)]
    assert ("wifi:no_2_4ghz" in codes(scan_findings(nets, "Home", platform))) is flagged


def test_no_2_4ghz_on_p2_when_only_6ghz() -> None:
    nets = [ScannedNetwork("Home", freq_mhz=6115, security="wpa3")]
    assert "wifi:no_2_4ghz" in codes(scan_findings(nets, "Home", "p2"))


def test_same_ssid_both_bands_recorded_for_every_platform() -> None:
    nets = [net("Home", "2.4", bssid="aa:aa:aa:aa:aa:01"), net("Home", "5", bssid="bb:bb:bb:bb:bb:01")]
    photon = dict(scan_findings(nets, "Home", "photon"))
    p2 = dict(scan_findings(nets, "Home", "p2"))
    assert "wifi:same_ssid_both_bands" in photon and "wifi:same_ssid_both_bands" in p2
    assert "not a blocker" in p2["wifi:same_ssid_both_bands"]
    assert "not a blocker" not in photon["wifi:same_ssid_both_bands"]


def test_channel_width_40mhz_only_on_2_4() -> None:
    found = dict(scan_findings([net("Home", "2.4", channel=6, width_mhz=40)], "Home", "argon"))
    assert found["wifi:channel_width_40mhz"] == "2.4 GHz channel 6 at 40 MHz"
    assert "wifi:channel_width_40mhz" not in codes(
        scan_findings([net("Home", "5", width_mhz=80)], "Home", "p2")
    )


@pytest.mark.parametrize(("platform", "channel", "flagged"), [
    ("p2", 11, False), ("p2", 12, True), ("p2", 13, True), ("p2", 14, True), ("argon", 13, True),
    # A Photon with no country code uses WICED's "Japan" set, channels 1-13 (docs/particle-facts.md section 2).
    ("photon", 11, False), ("photon", 12, False), ("photon", 13, False), ("photon", 14, True), ("p1", 13, False),
])
def test_channel_out_of_range(platform: str, channel: int, flagged: bool) -> None:
    found = codes(scan_findings([net("Home", "2.4", channel=channel)], "Home", platform))
    assert ("wifi:channel_out_of_range" in found) is flagged


def test_wpa3_only_and_transition_mode() -> None:
    assert "wifi:wpa3_only" in codes(scan_findings([net("H", "2.4", security="wpa3")], "H", "photon"))
    assert "wifi:wpa3_only" not in codes(
        scan_findings([net("H", "2.4", security="wpa2/wpa3")], "H", "photon")
    )
    mixed = [net("H", "2.4", security="wpa2"), net("H", "5", security="wpa3")]
    assert "wifi:wpa3_only" not in codes(scan_findings(mixed, "H", "argon"))
    p2 = dict(scan_findings([net("H", "2.4", security="wpa3")], "H", "p2"))
    assert "experimental" in p2["wifi:wpa3_only"]


def test_enterprise_and_open_or_wep() -> None:
    assert "wifi:enterprise" in codes(scan_findings([net("H", "2.4", security="enterprise")], "H", "photon"))
    assert dict(scan_findings([net("H", "2.4", security="wep")], "H", "photon"))["wifi:open_or_wep"].endswith(
        "WEP"
    )
    assert "wifi:open_or_wep" in codes(scan_findings([net("H", "2.4", security="open")], "H", "argon"))


def test_weak_signal_uses_best_2_4_entry() -> None:
    weak = [
        net("H", "2.4", signal_dbm=-78),
        net("H", "2.4", signal_dbm=-74, channel=1),
        net("H", "5", signal_dbm=-40),
    ]
    found = dict(scan_findings(weak, "H", "photon"))
    assert "-74 dBm" in found["wifi:weak_signal"]
    assert "wifi:weak_signal" not in codes(
        scan_findings(weak, "H", "p2")
    )  # P2 can use the strong 5 GHz radio
    fine = [net("H", "2.4", signal_dbm=-70)]
    assert "wifi:weak_signal" not in codes(scan_findings(fine, "H", "photon"))


def test_hidden_ssid_details() -> None:
    with_hidden = dict(scan_findings([net("", "2.4"), net("Other", "2.4")], "Home", "photon"))
    assert "hidden network" in with_hidden["wifi:hidden_ssid"]
    missing = dict(scan_findings([net("Other", "2.4")], "Home", "photon"))
    assert "not in the scan at all" in missing["wifi:hidden_ssid"]
    only_hidden = codes(scan_findings([net("", "2.4"), net(None, "5")], None, "argon"))
    assert only_hidden == ["wifi:hidden_ssid"]


@pytest.mark.parametrize(
    ("name", "platform", "flagged"),
    [
        ("Jo’s iPhone", "photon", True),
        ("Jo’s iPhone", "p2", True),
        ("Café", "argon", True),
        ("Smith, Home", "argon", True),
        ('The "Best" Net', "argon", True),
        ("Smith, Home", "photon", False),
        ("Smith, Home", "p2", False),
        ("Jo's iPhone", "argon", False),
    ],
)
def test_unsupported_ssid_chars(name: str, platform: str, flagged: bool) -> None:
    found = codes(scan_findings([net(name, "2.4")], name, platform))
    assert ("wifi:unsupported_ssid_chars" in found) is flagged


def test_curly_apostrophe_found_when_customer_types_straight_one() -> None:
    nets = parse_scan(read("android_list_1.txt"))
    found = dict(scan_findings(nets, "Jo's iPhone", "photon"))
    assert "U+2019" in found["wifi:unsupported_ssid_chars"]
    assert "wifi:hidden_ssid" not in found


def test_mesh_or_gateway() -> None:
    mesh = [
        net("H", "2.4", bssid="10:00:00:00:00:01"),
        net("H", "5", bssid="20:00:00:00:00:01"),
        net("H", "2.4", bssid="30:00:00:00:00:01", channel=11),
    ]
    assert "wifi:mesh_or_gateway" in codes(scan_findings(mesh, "H", "photon"))
    gateway = [net("H", "2.4", bssid="44:a5:6e:10:20:30"), net("H", "5", bssid="44:a5:6e:10:20:34")]
    assert "wifi:mesh_or_gateway" in codes(scan_findings(gateway, "H", "p2"))
    separate = [net("H", "2.4", bssid="44:a5:6e:10:20:30"), net("H", "5", bssid="00:11:22:33:44:55")]
    assert "wifi:mesh_or_gateway" not in codes(scan_findings(separate, "H", "photon"))
    one_band = [net("H", "2.4", bssid=f"10:00:00:00:00:0{i}") for i in range(3)]
    assert "wifi:mesh_or_gateway" not in codes(scan_findings(one_band, "H", "photon"))


def test_name_defaults_to_the_only_visible_network() -> None:
    nets = [net("Solo", "5"), net("", "2.4")]
    assert "wifi:no_2_4ghz" in codes(scan_findings(nets, None, "photon"))
    assert scan_findings([net("A", "5"), net("B", "5")], None, "photon") == []


def test_cellular_platform_gets_no_wifi_findings() -> None:
    assert scan_findings([net("H", "5")], "H", "boron") == []


def test_findings_on_samples() -> None:
    garcia = codes(scan_findings(parse_scan(read("windows_netsh_1.txt")), "GarciaWiFi", "photon"))
    assert garcia == ["wifi:same_ssid_both_bands", "wifi:mesh_or_gateway"]
    patel = codes(scan_findings(parse_scan(read("macos_airport_s_2.txt")), "patel home", "argon"))
    assert patel == ["wifi:same_ssid_both_bands", "wifi:channel_width_40mhz", "wifi:mesh_or_gateway"]
    rivera = codes(scan_findings(parse_scan(read("generic_2.txt")), "Rivera Wifi", "argon"))
    assert rivera == ["wifi:same_ssid_both_bands", "wifi:channel_out_of_range", "wifi:weak_signal"]
    # The same readout for a Photon: channel 13 is in its default set.
    photon = codes(scan_findings(parse_scan(read("generic_2.txt")), "Rivera Wifi", "photon"))
    assert photon == ["wifi:same_ssid_both_bands", "wifi:weak_signal"]


# ---------------------------------------------------------------------------------------------------------
# What the scan answers


def test_scan_answers_known_and_unknown() -> None:
    both = [net("H", "2.4", width_mhz=20), net("H", "5")]
    assert scan_answers(both, "H") == {
        "found": True,
        "same_name_both_bands": True,
        "has_2_4": True,
        "width_known": True,
        "password_protected": None,
    }
    secured = scan_answers([net("H", "2.4", security="wpa2"), net("H", "5", security="wpa2/wpa3")], "H")
    assert secured["password_protected"] is True
    assert scan_answers([net("H", "2.4", security="open")], "H")["password_protected"] is False
    only_5 = scan_answers([net("H", "5")], "H")
    assert only_5["same_name_both_bands"] is False and only_5["has_2_4"] is False
    no_band = scan_answers([ScannedNetwork("H", signal_dbm=-50)], "H")
    assert no_band["same_name_both_bands"] is None and no_band["has_2_4"] is None
    windows = scan_answers(parse_scan(read("windows_netsh_2.txt")), "TheKimsNet")
    assert windows["width_known"] is False and windows["same_name_both_bands"] is True
    assert scan_answers([net("Other", "2.4")], "H")["found"] is False
    assert scan_answers([], None) == {
        "found": None,
        "same_name_both_bands": None,
        "has_2_4": None,
        "width_known": None,
        "password_protected": None,
    }


def test_a_typed_sentence_naming_several_networks() -> None:
    nets = parse_scan("my network is Smith_Home, 2.4 ghz channel 11, signal -67, security wpa2, "
                      "and there's Smith_Home-5G on channel 44")
    assert [(n.ssid, n.band, n.channel) for n in nets] == [("Smith_Home", "2.4", 11), ("Smith_Home-5G", "5", 44)]
    assert nets[0].signal_dbm == -67 and nets[0].security == "wpa2"
    assert parse_scan("My router is in the kitchen, 5 GHz I think") == []


def test_a_typed_table_with_a_header_row() -> None:
    text = "SSID\tChannel\tSignal\tSecurity\nHomeNet\t6\t-60\tWPA2\nHomeNet\t36\t-70\tWPA2\n"
    nets = parse_scan(text)
    assert [(n.ssid, n.channel, n.band) for n in nets] == [("HomeNet", 6, "2.4"), ("HomeNet", 36, "5")]


def test_a_bare_negative_number_on_a_typed_line_is_the_signal() -> None:
    """"NEIGHBOR_5G -70 ch 149": the name stops before the signal (a blind exploratory test got 'NEIGHBOR_5G -70'
    as a network's name)."""
    nets = parse_scan("NEIGHBOR_5G -70 ch 149\nxfinitywifi -80 ch 1\nCasa Lopez   -91   6   WPA/WPA2")
    assert [(n.ssid, n.signal_dbm) for n in nets] == [("NEIGHBOR_5G", -70), ("xfinitywifi", -80), ("Casa Lopez", -91)]


def test_android_list_with_the_bssid_on_its_own_line() -> None:
    # WiFi Analyzer's list view copied with the name and the BSSID on lines of their own (round 10: read as networks
    # named "45dBm" and "[", and the customer's network was "hidden").
    text = ("HomeNet\na4:2b:b0:12:34:56\n-45dBm  CH 6  2437MHz\n[WPA2-PSK-CCMP][ESS]\n"
            "HomeNet\na4:2b:b0:12:34:57\n-50dBm CH 149 5745MHz\n[WPA2-PSK-CCMP][ESS]")
    nets = parse_scan(text)
    assert [(n.ssid, n.band, n.channel, n.signal_dbm, n.security) for n in nets] == [
        ("HomeNet", "2.4", 6, -45, "wpa2"), ("HomeNet", "5", 149, -50, "wpa2")]
    assert codes(scan_findings(nets, "HomeNet", "argon")) == ["wifi:same_ssid_both_bands", "wifi:mesh_or_gateway"]


@pytest.mark.parametrize("text", [
    "SmithFamily 2.4GHz ch6 WPA2, SmithFamily 5GHz ch44 WPA2",
    "SmithFamily channel 6 -55 dBm WPA2 20 MHz, SmithFamily channel 44 -60 dBm WPA2 80MHz",
    "SmithFamily ch6, SmithFamily ch44",
])
def test_a_comma_list_of_one_name(text: str) -> None:
    # Round 10B: a comma between the two networks (as a phone types two lines) read as one network, the shared name
    # on both bands missed.
    nets = parse_scan(text)
    assert [(n.ssid, n.band, n.channel) for n in nets] == [("SmithFamily", "2.4", 6), ("SmithFamily", "5", 44)]
    assert "wifi:same_ssid_both_bands" in codes(scan_findings(nets, "SmithFamily", "argon"))
