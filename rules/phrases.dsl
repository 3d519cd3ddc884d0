# The phrases of the rule files written as .dslr: each line is [when] or [then], the phrase a rule author writes,
# "=", and the DRL it stands for. {name} in a phrase takes any word and puts it where {name} is on the right.
# Every phrase is here in English and in Japanese; a rule may use either. A condition starts with the initiative
# it is about ("an active initiative of the year" / 今年度の案件) and adds its conditions below it, each on a line
# of its own that starts with "-".

# The initiative a judgement is about: of the fiscal year checked, not cancelled. Written once, here.
[when]an active initiative of the year=$i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED )
[when]今年度の案件=$i : Initiative( fiscalYear == reference.fiscalYear, status != Status.CANCELLED )

[when]- with no priority theme=!hasThemeIn( reference.priorityThemes )
[when]- 重点テーマが一つもない=!hasThemeIn( reference.priorityThemes )
[when]- with a priority theme=hasThemeIn( reference.priorityThemes )
[when]- 重点テーマがある=hasThemeIn( reference.priorityThemes )
[when]- with a theme not in the catalogue=hasThemeOutside( knownThemes )
[when]- 不明なテーマコードがある=hasThemeOutside( knownThemes )
[when]- with theme {theme}=themes contains "{theme}"
[when]- テーマに{theme}を含む=themes contains "{theme}"
[when]- with no partner=partners.isEmpty()
[when]- パートナーがいない=partners.isEmpty()
[when]- with partner {partner}=partners contains "{partner}"
[when]- パートナーに{partner}を含む=partners contains "{partner}"
[when]- of kind {kind}=kindCode == "{kind}"
[when]- 種類が{kind}=kindCode == "{kind}"
[when]- in format {format}=formatCode == "{format}"
[when]- 形式が{format}=formatCode == "{format}"
[when]- with status {status}=statusCode == "{status}"
[when]- 状況が{status}=statusCode == "{status}"
[when]- of mission {mission}=mission == "{mission}"
[when]- 在外公館が{mission}=mission == "{mission}"
[when]- targeting the state {state}=states contains "{state}"
[when]- 対象州に{state}を含む=states contains "{state}"
[when]- with no target state=states.isEmpty()
[when]- 対象州がない=states.isEmpty()
[when]- nationwide=states contains "US"
[when]- 全米対象=states contains "US"
[when]- not nationwide=states not contains "US"
[when]- 全米対象でない=states not contains "US"
[when]- targeting no priority state=!targetsAnyOf( reference.priorityStates )
[when]- 重点州を対象としない=!targetsAnyOf( reference.priorityStates )
[when]- targeting no outreach state=!targetsAnyOf( outreachStates )
[when]- 公館のない州を対象としない=!targetsAnyOf( outreachStates )
[when]- with no budget=budgetJpy == null || budgetJpy <= 0
[when]- 予算がない=budgetJpy == null || budgetJpy <= 0
[when]- with a budget over {yen} yen=budgetJpy != null && budgetJpy > {yen}
[when]- 予算が{yen}円を超える=budgetJpy != null && budgetJpy > {yen}
[when]- with no English title=titleEn == null || titleEn.isBlank()
[when]- 英語の案件名がない=titleEn == null || titleEn.isBlank()
[when]- without dates=startDate == null || endDate == null
[when]- 日付がない=startDate == null || endDate == null
[when]- starting in January to March=startDate != null && startDate >= reference.lastQuarterStart
[when]- 1月から3月に始まる=startDate != null && startDate >= reference.lastQuarterStart
[when]- without results=!hasResults()
[when]- 実績が記録されていない=!hasResults()

# What a judgement does: report the initiative (its message is the rule's, in messages.properties and
# messages_ja.properties, keyed by the rule's name).
[then]report it=Report.initiative( drools, $i );
[then]指摘する=Report.initiative( drools, $i );
