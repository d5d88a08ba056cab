import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class SignUpRequestDto {
  @ApiProperty({ example: 'ada@example.com', maxLength: 254, description: 'Stored lower-case' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  // The upper bound keeps a sign-up from hashing megabytes of input.
  @ApiProperty({ example: 'a-long-passphrase', minLength: 12, maxLength: 200, format: 'password' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 100, description: 'Stored trimmed' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}
