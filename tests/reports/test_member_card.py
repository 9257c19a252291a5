"""The 党员基本信息表 prints every field, embeds its font, and wraps long Chinese text."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from branchdesk.core.db import Database
from branchdesk.core.models import Member
from branchdesk.core.print_data import member_card
from branchdesk.reports.member_card import render_member_card
from branchdesk.reports.styles import CHINESE_CANNOT_START

A4_PORTRAIT = (595.28, 841.89)

LONG_ADDRESS = (
    "重庆市南岸区南山街道黄桷垭正街一百二十三号附七号楼二单元十五层三号，邻近堃玥宾馆，"
    "䶮字辈老宅旧址对面，公交站往东步行约三百米处，门口有一棵很大的黄葛树；"
) * 4
LONG_NOTES = (
    "该同志政治立场坚定，理论学习扎实，积极参加主题党日、志愿服务和宿舍党员服务站值班，"
    "在迎新、助学帮扶等工作中发挥先锋模范作用；名字中的生僻字䶮、堃、玥须与户籍核对。"
) * 12


def _card(database: Database, member_id: int):
    with database.reading() as session:
        return member_card(session, member_id)


def test_the_card_prints_the_file_on_one_a4_page(database: Database, sample, tmp_path, pdf):
    output = tmp_path / "card.pdf"
    pages_seen: list[int] = []

    pages = render_member_card(
        _card(database, sample.full_member), output, on_page=pages_seen.append
    )

    document = pdf(output)
    document.check()
    document.assert_fonts_embedded()
    assert pages == document.pages == 1
    assert pages_seen == [1]
    width, height = document.page_size()
    assert (round(width, 2), round(height, 2)) == A4_PORTRAIT
    info = document.info()
    assert info["Title"] == "党员基本信息表 — 张玥"
    assert info["Author"] == sample.branch
    assert "CreationDate" in info

    text = document.text()
    for expected in (
        "党员基本信息表",
        "张玥",
        "女",
        "回族",
        "2001年3月5日",  # birth date
        "110105200103051226",  # the full ID number: the archive form requires it
        sample.branch,
        "第二党小组",
        "正式党员",
        "2021年5月18日",  # 入党时间 (step 15)
        "2022年5月20日",  # 转正时间 (step 23)
        "2021年4月15日",  # 确定为发展对象 (step 8)
        "王建国、赵敏",  # 入党介绍人
        "王建国、李红",  # 培养联系人
        "宣传委员",  # a post recorded without a title prints its kind
        "至今",
        "优秀共产党员",
        "学生党员服务站站长",
        "照片",  # the empty photo box
        "填表人",
        "支部书记审核",
    ):
        assert expected in text, expected
    assert "None" not in text
    assert document.footer_of(1) == "第1页共1页"


def test_every_demo_member_prints_without_none(demo_database: Database, tmp_path, pdf):
    with demo_database.reading() as session:
        ids = session.query(Member.id).order_by(Member.id).limit(12).all()
        cards = [member_card(session, member_id) for (member_id,) in ids]
    for card in cards:
        output = tmp_path / f"{card.member_id}.pdf"
        render_member_card(card, output)
        document = pdf(output)
        document.check()
        text = document.text()
        assert card.name in text
        assert card.branch_name in text
        assert "None" not in text


def test_long_text_and_rare_characters_wrap_inside_their_boxes(
    database: Database, sample, tmp_path, pdf
):
    short_output, long_output = tmp_path / "short.pdf", tmp_path / "long.pdf"
    card = _card(database, sample.full_member)
    short_pages = render_member_card(card, short_output)
    long_card = dataclasses.replace(
        card, name="王䶮堃", address=LONG_ADDRESS, notes=LONG_NOTES, native_place="䶮堃玥" * 6
    )

    long_pages = render_member_card(long_card, long_output)

    document = pdf(long_output)
    document.check()
    document.assert_fonts_embedded()
    assert long_pages > short_pages  # the form grows rather than losing text
    text = document.text()
    assert "王䶮堃" in text
    printed = Counter(text)
    for char, count in Counter(LONG_ADDRESS + LONG_NOTES + "䶮堃玥" * 6).items():
        assert printed[char] >= count, f"{char!r}: {printed[char]} of {count} printed"
    # Nothing runs past the frame (15 mm margins). A line-end "，" may hang into the cell
    # padding (避头: it must not start the next line); its ink is the left third of its box.
    left, right = 42.52, A4_PORTRAIT[0] - 42.52
    for word in document.words():
        hanging = 11 * 0.66 if word.text[-1] in CHINESE_CANNOT_START else 0
        assert left - 0.5 <= word.x_min and word.x_max - hanging <= right + 0.5, word
    for page in range(1, long_pages + 1):
        assert document.footer_of(page) == f"第{page}页共{long_pages}页"
    # The signatures end the form, never on a page of their own.
    last_page = document.page_text(long_pages)
    assert "支部书记审核" in last_page and "生僻字" in last_page


def test_the_photo_is_printed_scaled_into_its_box(database: Database, sample, tmp_path, pdf):
    image = pytest.importorskip("PIL.Image")
    photo = tmp_path / "photo.png"
    image.new("RGB", (413, 531), (180, 40, 40)).save(photo)
    card = dataclasses.replace(_card(database, sample.full_member), photo_path=photo)
    output = tmp_path / "card.pdf"

    render_member_card(card, output)

    document = pdf(output)
    document.check()
    assert "照片" not in document.text()
    markup = output.read_bytes()
    assert b"/Subtype /Image" in markup


def test_an_unreadable_photo_prints_the_empty_box(database: Database, sample, tmp_path, pdf):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image")
    card = dataclasses.replace(_card(database, sample.full_member), photo_path=broken)
    output = tmp_path / "card.pdf"
    render_member_card(card, output)
    assert "照片" in pdf(output).text()


def test_a_non_resident_document_is_named(database: Database, sample, tmp_path: Path, pdf):
    from branchdesk.core.rules.idnumber import IdType

    card = dataclasses.replace(
        _card(database, sample.full_member), id_type=IdType.PASSPORT, id_number="E12345678"
    )
    output = tmp_path / "card.pdf"
    render_member_card(card, output)
    text = pdf(output).text()
    assert "证件号码" in text
    assert "E12345678（护照）" in text
