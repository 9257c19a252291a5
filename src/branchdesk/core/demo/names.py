"""Chinese names, home regions, resident ID numbers, phones and addresses for sample people."""

from __future__ import annotations

import datetime as dt
from random import Random
from typing import NamedTuple

from branchdesk.core.enums import Gender
from branchdesk.core.rules.idnumber import check_digit

# Common surnames, most frequent first; Chongqing/Sichuan ones (冉, 向, 牟, 税, 幸) mixed in.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝"
    "龚邵万严覃向冉牟文易甘税游幸"
)
_SURNAME_WEIGHTS = [1.0 / (rank + 6) for rank in range(len(_SURNAMES))]
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "令狐", "皇甫")

_GIVEN_FEMALE = (
    "欣怡雨涵梓萱思语佳琪诗雅婷嘉敏静雪晓丽颖慧瑶悦可馨欢玲琳芳倩"
    "璐蕾洁娜晨露月菲薇彤心若梦楠钰艺妍瑾婧媛蓉茜岚秋霞燕丹桐宁"
)
_GIVEN_MALE = (
    "浩宇轩子俊杰博文明伟涛鹏强磊洋超勇军峰辉凯翔航昊泽睿晨志鑫然阳帆亮斌飞毅豪瑞诚松林旭东栋健坤"
)
# Names of people born before about 1985 sound different.
_OLDER_FEMALE = "红丽芳燕梅霞萍英华娟玲琴艳敏秀兰淑珍"
_OLDER_MALE = "建国军华明强伟平刚勇斌林波志文东海荣庆"

# Rare characters a real roster meets: 䶮 is in CJK Extension A (U+4DAE), outside many fonts.
RARE_CHARACTERS = "䶮堃旻玥喆赟珺翀"
_RARE_MALE = "䶮堃喆翀旻赟"
_RARE_FEMALE = "玥珺旻赟"


class Region(NamedTuple):
    code: str  # the 6-digit division code at the head of a resident ID number
    name: str
    minority_area: bool = False  # 土家族 and 苗族 live mostly in south-east Chongqing


REGIONS = (
    Region("500101", "重庆市万州区"),
    Region("500102", "重庆市涪陵区"),
    Region("500103", "重庆市渝中区"),
    Region("500104", "重庆市大渡口区"),
    Region("500105", "重庆市江北区"),
    Region("500106", "重庆市沙坪坝区"),
    Region("500107", "重庆市九龙坡区"),
    Region("500108", "重庆市南岸区"),
    Region("500109", "重庆市北碚区"),
    Region("500112", "重庆市渝北区"),
    Region("500113", "重庆市巴南区"),
    Region("500114", "重庆市黔江区", True),
    Region("500229", "重庆市城口县"),
    Region("500230", "重庆市丰都县"),
    Region("500231", "重庆市垫江县"),
    Region("500233", "重庆市忠县"),
    Region("500235", "重庆市云阳县"),
    Region("500236", "重庆市奉节县"),
    Region("500237", "重庆市巫山县"),
    Region("500238", "重庆市巫溪县"),
    Region("500240", "重庆市石柱土家族自治县", True),
    Region("500241", "重庆市秀山土家族苗族自治县", True),
    Region("500242", "重庆市酉阳土家族苗族自治县", True),
    Region("500243", "重庆市彭水苗族土家族自治县", True),
    Region("510104", "四川省成都市锦江区"),
    Region("510105", "四川省成都市青羊区"),
    Region("510106", "四川省成都市金牛区"),
    Region("510107", "四川省成都市武侯区"),
    Region("510108", "四川省成都市成华区"),
    Region("511302", "四川省南充市顺庆区"),
    Region("511303", "四川省南充市高坪区"),
    Region("510603", "四川省德阳市旌阳区"),
    Region("510703", "四川省绵阳市涪城区"),
    Region("511702", "四川省达州市通川区"),
    Region("511502", "四川省宜宾市翠屏区"),
    Region("510502", "四川省泸州市江阳区"),
    Region("511102", "四川省乐山市市中区"),
    Region("511602", "四川省广安市广安区"),
)
# Most students of a Chongqing college come from Chongqing.
_REGION_WEIGHTS = [3.0 if r.code.startswith("50") else 1.0 for r in REGIONS]

_STREETS = "人民路 解放路 建设路 中山路 新华路 滨江路 学府大道 龙华大道 胜利路 和平路 长江路 红旗路"
_TOWNS = "龙凤镇 石桥镇 新华镇 双河镇 白马镇 桃花镇 青龙镇 三合镇 永兴镇 太平镇 长滩镇 黄桷镇"
_VILLAGES = "河坝村 大湾村 柏树村 双龙村 新建村 红岩村 金竹村 长岭村 回龙村 高峰村"
# Mobile prefixes of the three carriers (all numbers are 11 digits).
_PHONE_PREFIXES = [str(n) for n in (*range(130, 140), 150, 151, 152, 155, 157, 158, 159)]
_PHONE_PREFIXES += [str(n) for n in (*range(180, 190), 191, 193, 195, 198, 199)]


def surname(rng: Random) -> str:
    if rng.random() < 0.012:
        return rng.choice(COMPOUND_SURNAMES)
    return rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]


def given_name(
    rng: Random, gender: Gender, born: int, rare: bool = False, special: str = ""
) -> str:
    male = gender is Gender.MALE
    if born >= 1985:
        pool = _GIVEN_MALE if male else _GIVEN_FEMALE
    else:
        pool = _OLDER_MALE if male else _OLDER_FEMALE
    if rare or special:
        special = special or rng.choice(_RARE_MALE if male else _RARE_FEMALE)
        return special if rng.random() < 0.3 else rng.choice(pool) + special
    if rng.random() < 0.18:
        return rng.choice(pool)
    first, second = rng.choice(pool), rng.choice(pool)
    while second == first:
        second = rng.choice(pool)
    return first + second


def person_name(rng: Random, gender: Gender, born: int, *, special: str = "") -> str:
    """A full name; about 1 in 60 has a rare character, ``special`` forces that one."""
    return surname(rng) + given_name(rng, gender, born, rng.random() < 1 / 60, special)


def region(rng: Random) -> Region:
    return rng.choices(REGIONS, _REGION_WEIGHTS)[0]


def ethnicity(rng: Random, home: Region) -> str:
    draw = rng.random()
    if home.minority_area:
        return "土家族" if draw < 0.45 else "苗族" if draw < 0.65 else "汉族"
    return "回族" if draw < 0.02 else "土家族" if draw < 0.04 else "汉族"


def id_number(rng: Random, home: Region, birth: dt.date, gender: Gender, used: set[str]) -> str:
    """A valid 18-character resident ID: region, birth date, sequence (odd = male), check."""
    while True:
        sequence = rng.randint(0, 99) * 10 + rng.choice(
            (1, 3, 5, 7, 9) if gender is Gender.MALE else (0, 2, 4, 6, 8)
        )
        first17 = f"{home.code}{birth:%Y%m%d}{sequence:03d}"
        number = first17 + check_digit(first17)
        if number not in used:
            used.add(number)
            return number


def phone(rng: Random, used: set[str]) -> str:
    while True:
        number = rng.choice(_PHONE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
        if number not in used:
            used.add(number)
            return number


def address(rng: Random, home: Region) -> str:
    if home.name.endswith("县") or rng.random() < 0.35:
        town, village = rng.choice(_TOWNS.split()), rng.choice(_VILLAGES.split())
        return f"{home.name}{town}{village}{rng.randint(1, 12)}组{rng.randint(1, 60)}号"
    street = rng.choice(_STREETS.split())
    return f"{home.name}{street}{rng.randint(1, 300)}号{rng.randint(1, 30)}-{rng.randint(1, 6)}"


def native_place(home: Region) -> str:
    """籍贯 as a form shows it: province and city or district."""
    return home.name
